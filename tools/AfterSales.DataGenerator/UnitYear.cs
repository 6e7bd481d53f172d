using AfterSales.Application.Common.History;
using AfterSales.Domain.Billing;
using AfterSales.Domain.Calendars;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Certificates;
using AfterSales.Domain.Common;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Registers;
using AfterSales.Domain.RepairCards;
using AfterSales.Domain.Reports;
using AfterSales.Domain.Staff;
using AfterSales.Domain.Surveys;
using AfterSales.Domain.Units;

namespace AfterSales.DataGenerator;

/// <summary>The people of one generated unit.</summary>
internal sealed record UnitStaff(StaffMember Clerk, StaffMember Supervisor, StaffMember BranchManager, IReadOnlyList<StaffMember> Technicians);

/// <summary>
/// One unit's year, lived through the domain's own methods (so every state and figure is one the API
/// could have reached): calls registered in and out of hours, dispatched, reached on time or late,
/// finished on site or repaired in the workshop under receipt and card, billed, cancelled; the day's
/// register sent with a survey card per call and the answers keyed in; complaints followed to their
/// finding; technicians' reports reviewed and the supervisor's report signed and checked. Whatever
/// would happen after <see cref="Now"/> has not happened yet, so the last days are still open.
/// </summary>
internal sealed class UnitYear(ServiceUnit unit, UnitStaff staff, IReadOnlyList<(Customer Customer, ServiceCertificate Certificate)> customers, Dice dice, DateTimeOffset now, Guid serviceDepartmentId, Guid viceGeneralManagerId)
{
    private static readonly string[] Problems = ["No cooling", "Water leaking", "Noisy compressor", "Does not start", "Error code E4", "Remote not working", "Smells of burning", "Drum does not turn"];
    private static readonly string[] RepairWork = ["Replaced the compressor relay", "Cleaned and recharged the refrigerant", "Replaced the drain pump", "Replaced the control board", "Rewired the fan motor"];
    private static readonly ComplaintFollowUpTimes ComplaintTimes = new(
        TimeSpan.FromHours(8), TimeSpan.FromHours(8), TimeSpan.FromHours(8), TimeSpan.FromHours(24), TimeSpan.FromHours(24), TimeSpan.FromHours(40));

    private readonly WorkingCalendar _calendar = unit.Calendar;
    private readonly Dictionary<(string Series, int Year), long> _counters = [];
    private readonly Dictionary<Guid, DateTimeOffset> _finishedAt = [];
    private readonly Dictionary<(Guid Technician, DateOnly Day), decimal> _load = [];

    public DateTimeOffset Now { get; } = now;

    public List<RepairCall> Calls { get; } = [];
    public List<PickupReceipt> Receipts { get; } = [];
    public List<ProductMovement> Movements { get; } = [];
    public List<RepairCard> Cards { get; } = [];
    public List<InvoiceRequest> InvoiceRequests { get; } = [];
    public List<CollectedCash> Collections { get; } = [];
    public List<PartUsage> PartUsages { get; } = [];
    public List<SentCallRegister> SentRegisters { get; } = [];
    public List<SurveyCard> SurveyCards { get; } = [];
    public List<Complaint> Complaints { get; } = [];
    public List<AdminWork> AdminWork { get; } = [];
    public List<TechnicianDailyReport> TechnicianReports { get; } = [];
    public List<SupervisorDailyReport> SupervisorReports { get; } = [];

    /// <summary>The numbers taken, so the unit's counters go on from them.</summary>
    public IReadOnlyDictionary<(string Series, int Year), long> Counters => _counters;

    /// <summary>The history lines the aggregates recorded, in the order they happened.</summary>
    public List<ServiceHistoryEntry> History() =>
        Calls.Cast<Entity>().Concat(Cards).Concat(Receipts)
            .SelectMany(e => e.PendingHistory)
            .OrderBy(line => line.At).ThenBy(line => line.RecordedOrder)
            .Select(line => new ServiceHistoryEntry { CertificateId = line.CertificateId, CallId = line.CallId, At = line.At, Kind = line.Kind, ActorId = line.ActorId, Note = line.Note })
            .ToList();

    public void Live(DateOnly from, DateOnly to, int calls)
    {
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).Where(_calendar.IsBusinessDay).ToList();
        var perDay = (double)calls / days.Count;
        var left = calls;
        for (var i = 0; i < days.Count; i++)
        {
            var today = i == days.Count - 1 ? left : Math.Min(left, (int)Math.Round(perDay * dice.Between(0.7, 1.3)));
            left -= today;
            var dayCalls = Enumerable.Range(0, today).Select(_ => Register(days[i])).OrderBy(c => c.ReceivedAt).ToList();
            foreach (var call in dayCalls)
            {
                Serve(call);
                if (call.ArrivedAt is { } arrivedAt && dice.Chance(0.004) && _calendar.AddWorkingTime(arrivedAt, dice.Minutes(60, 16 * 60)) is var told && told <= Now)
                {
                    OpenComplaint(ComplaintSource.Telephone, call, null, "Nobody called back as promised", told);
                }
            }

            Calls.AddRange(dayCalls);
        }

        var received = Calls.ToLookup(c => _calendar.LocalDate(c.ReceivedAt));
        foreach (var day in days)
        {
            SendRegister(day, received[day].ToList());
        }

        var byDay = new DayIndex(this, _calendar);
        foreach (var day in days)
        {
            ReportDay(day, byDay);
        }
    }

    /// <summary>The year's records by the local day things happened, so each day's reports read only that day.</summary>
    private sealed class DayIndex(UnitYear year, WorkingCalendar calendar)
    {
        public ILookup<DateOnly, RepairCall> Received { get; } = year.Calls.ToLookup(c => calendar.LocalDate(c.ReceivedAt));
        public ILookup<DateOnly, RepairCall> Dispatched { get; } = year.Calls.Where(c => c.DispatchedAt is not null).ToLookup(c => calendar.LocalDate(c.DispatchedAt!.Value));
        public ILookup<DateOnly, RepairCall> Arrived { get; } = year.Calls.Where(c => c.ArrivedAt is not null).ToLookup(c => calendar.LocalDate(c.ArrivedAt!.Value));
        public ILookup<DateOnly, RepairCall> Completed { get; } = year.Calls.Where(c => c.CompletedAt is not null).ToLookup(c => calendar.LocalDate(c.CompletedAt!.Value));
        public ILookup<DateOnly, RepairCall> Closed { get; } = year.Calls.Where(c => c.ClosedAt is not null).ToLookup(c => calendar.LocalDate(c.ClosedAt!.Value));
        public ILookup<DateOnly, PickupReceipt> Issued { get; } = year.Receipts.ToLookup(r => calendar.LocalDate(r.IssuedAt));
        public ILookup<DateOnly, RepairCard> Opened { get; } = year.Cards.ToLookup(c => calendar.LocalDate(c.OpenedAt));
        public ILookup<DateOnly, (RepairCard Card, RepairWorkEntry Work)> Work { get; } = year.Cards
            .SelectMany(c => c.Work.Select(w => (Card: c, Work: w))).ToLookup(x => calendar.LocalDate(x.Work.At));
    }

    private string Next(string series, string prefix, int year)
    {
        var value = _counters[(series, year)] = _counters.GetValueOrDefault((series, year)) + 1;
        return $"{unit.Code}-{prefix}{year}-{value:D6}";
    }

    private RepairCall Register(DateOnly day)
    {
        var periods = _calendar.Periods(day);
        DateTimeOffset receivedAt;
        if (dice.Chance(0.1))
        {
            // After hours (web forms, answering machine): carried over to the next business day (R18).
            var evening = periods[^1].End;
            receivedAt = evening + dice.Minutes(1, 240);
        }
        else
        {
            var period = dice.Pick(periods);
            receivedAt = period.Start + TimeSpan.FromSeconds(dice.Between(0, (int)(period.End - period.Start).TotalSeconds - 1));
        }

        var (customer, certificate) = dice.Pick(customers);
        var channel = dice.Weighted((CallChannel.Phone, 70), (CallChannel.Web, 15), (CallChannel.WalkIn, 10), (CallChannel.Letter, 5));
        var entitled = EntitlementPolicy.Decide(day, certificate.WarrantyEndsOn, coveredByActiveContract: false);
        var number = Next("Call", string.Empty, day.Year);
        return RepairCall.Register(dice.Id(receivedAt), number, unit, customer, certificate, channel, receivedAt, dice.Pick(Problems), entitled, null, staff.Clerk.Id);
    }

    /// <summary>Takes the call as far as it would have gone by <see cref="Now"/>.</summary>
    private void Serve(RepairCall call)
    {
        if (dice.Chance(0.03))
        {
            var cancelledAt = call.ReceivedAt + dice.Minutes(10, 120);
            if (cancelledAt <= Now)
            {
                call.Cancel("The customer solved it", cancelledAt, staff.Clerk.Id);
                _finishedAt[call.Id] = cancelledAt;
            }

            return;
        }

        var dispatchedAt = _calendar.AddWorkingTime(call.ReceivedAt, dice.Minutes(5, 90));
        if (dispatchedAt > Now)
        {
            return;
        }

        var technician = LeastBusy(dispatchedAt, 1.5m);

        call.Dispatch(technician.Id, dispatchedAt, dispatchedAt, staff.Supervisor.Id, null);
        var arrivedAt = dice.Chance(0.07) || call.DispatchDeadline <= dispatchedAt + TimeSpan.FromMinutes(15)
            ? _calendar.AddWorkingTime(call.DispatchDeadline, dice.Minutes(5, 240))
            : dispatchedAt + ((call.DispatchDeadline - dispatchedAt - TimeSpan.FromMinutes(10)) * dice.Between(0.1, 1.0));
        if (arrivedAt > Now)
        {
            return;
        }

        call.RecordArrival(technician.Id, arrivedAt, arrivedAt, _calendar);
        if (dice.Chance(0.75))
        {
            FinishOnSite(call, technician, arrivedAt);
        }
        else
        {
            TakeToWorkshop(call, technician, arrivedAt);
        }
    }

    private void FinishOnSite(RepairCall call, StaffMember technician, DateTimeOffset arrivedAt)
    {
        var hours = dice.Hours(0.5m, 2.5m);
        var completedAt = arrivedAt + TimeSpan.FromHours((double)hours);
        if (completedAt > Now)
        {
            return;
        }

        List<PartUsed> parts = dice.Chance(0.3) ? [new PartUsed($"P-{dice.Between(1000, 1199)}", 1, new Money(dice.Between(2, 25) * 100m, "TWD"))] : [];
        var fee = FeePolicy.Charges(call.ServiceType, hours, parts, unit.Policy.LabourRatePerHour).Sum(c => c.Amount.Amount);
        var collect = call.ServiceType == ServiceType.Paid && fee > 0 && fee <= unit.Policy.OnSiteFeeThreshold.Amount && dice.Chance(0.7);
        var charges = call.CompleteOnSite(technician.Id, completedAt, hours, parts, new Signature(call.CustomerName, completedAt, completedAt), collect,
            collect ? null : "Billed to the customer's account", unit.Policy);
        _finishedAt[call.Id] = completedAt;
        if (charges.Count > 0)
        {
            var request = InvoiceRequest.Raise(dice.Id(completedAt), unit.Id, collect ? InvoiceRequestKind.CollectedOnSite : InvoiceRequestKind.ToCollect,
                call.CustomerName, call.Address, charges, completedAt, call.Id, call.CertificateId, notCollectedReason: collect ? null : call.NotCollectedReason);
            InvoiceRequests.Add(request);
            if (collect)
            {
                Collections.Add(CollectedCash.Record(dice.Id(completedAt), unit.Id, technician.Id, call.Id, request.Id, request.Total, completedAt));
            }
        }

        PartUsages.AddRange(parts.Select(p => PartUsage.Record(dice.Id(completedAt), unit.Id, p, completedAt, PartUsedWhere.OnSite, call.Id, null)));
        var loggedOutAt = completedAt + dice.Minutes(30, 240);
        if (loggedOutAt <= Now)
        {
            call.LogOut(loggedOutAt, staff.Clerk.Id);
        }
    }

    private void TakeToWorkshop(RepairCall call, StaffMember technician, DateTimeOffset arrivedAt)
    {
        var pickedUpAt = arrivedAt + dice.Minutes(20, 60);
        if (pickedUpAt > Now)
        {
            return;
        }

        call.TakeToWorkshop(technician.Id, pickedUpAt, new Signature(call.CustomerName, pickedUpAt, pickedUpAt));
        var localPickup = _calendar.LocalDate(pickedUpAt);
        var promisedAt = _calendar.AddWorkingTime(pickedUpAt, TimeSpan.FromHours(24));
        var receipt = PickupReceipt.Issue(dice.Id(pickedUpAt), unit.Id, Next("PickupReceipt", "R", localPickup.Year), call.Id, call.CertificateId, call.CustomerName,
            call.ProductModel, call.SerialNumber, pickedUpAt, promisedAt, technician.Id);
        Receipts.Add(receipt);
        var receivedAt = _calendar.AddWorkingTime(pickedUpAt, dice.Minutes(30, 180));
        if (receivedAt > Now)
        {
            return;
        }

        call.ReceiveIntoWorkshop(receivedAt, receivedAt, pickedUpAt, staff.Clerk.Id);
        var localReceipt = _calendar.LocalDate(receivedAt);
        Movements.Add(ProductMovement.Register(dice.Id(receivedAt), receipt, MovementDirection.In, receivedAt, receivedAt, localReceipt, staff.Clerk.Id));
        var card = RepairCard.Open(dice.Id(receivedAt), Next("RepairCard", "K", localReceipt.Year), call, receipt, receivedAt, staff.Clerk.Id);
        Cards.Add(card);

        // Mostly within the promise; one card in eight runs late (R14).
        var workedAt = _calendar.AddWorkingTime(receivedAt, dice.Chance(0.125) ? dice.Minutes(24 * 60, 40 * 60) : dice.Minutes(120, 18 * 60));
        if (!Work(card, workedAt, out var inspectedAt))
        {
            return;
        }

        if (dice.Chance(0.05))
        {
            card.Inspect(staff.Supervisor.Id, inspectedAt, passed: false, "Still leaking at the joint");
            if (!Work(card, _calendar.AddWorkingTime(inspectedAt, dice.Minutes(60, 240)), out inspectedAt))
            {
                return;
            }
        }

        card.Inspect(staff.Supervisor.Id, inspectedAt, passed: true, null);
        var returnedAt = _calendar.AddWorkingTime(inspectedAt, dice.Minutes(60, 16 * 60));
        if (returnedAt > Now)
        {
            return;
        }

        card.Close(new Signature(call.CustomerName, returnedAt, returnedAt), staff.Clerk.Id);
        Movements.Add(ProductMovement.Register(dice.Id(returnedAt), receipt, MovementDirection.Out, returnedAt, returnedAt, _calendar.LocalDate(returnedAt), staff.Clerk.Id));
        receipt.TakeBackAndVoid(returnedAt, receipt.Number, null, staff.Clerk.Id);
        call.CloseAfterReturn(returnedAt, staff.Clerk.Id);
        _finishedAt[call.Id] = returnedAt;
        var charges = FeePolicy.Charges(card.ServiceType, card.TotalHours, card.Parts.Select(p => p.Part), unit.Policy.LabourRatePerHour);
        if (charges.Count > 0)
        {
            InvoiceRequests.Add(InvoiceRequest.Raise(dice.Id(returnedAt), unit.Id, InvoiceRequestKind.ToCollect, call.CustomerName, call.Address, charges, returnedAt, call.Id, call.CertificateId));
        }
    }

    /// <summary>The supervisor dispatches to whoever has the least work that day (ties start from a random technician).</summary>
    private StaffMember LeastBusy(DateTimeOffset at, decimal expectedHours)
    {
        var day = _calendar.LocalDate(at);
        var start = dice.Between(0, staff.Technicians.Count - 1);
        var chosen = Enumerable.Range(0, staff.Technicians.Count)
            .Select(i => staff.Technicians[(start + i) % staff.Technicians.Count])
            .MinBy(t => _load.GetValueOrDefault((t.Id, day)))!;
        _load[(chosen.Id, day)] = _load.GetValueOrDefault((chosen.Id, day)) + expectedHours;
        return chosen;
    }

    /// <summary>A repair session ending with the card handed to inspection, unless it would end after <see cref="Now"/>.</summary>
    private bool Work(RepairCard card, DateTimeOffset workedAt, out DateTimeOffset inspectedAt)
    {
        var hours = dice.Hours(1m, 4m);
        var repairer = LeastBusy(workedAt, hours);
        inspectedAt = _calendar.AddWorkingTime(workedAt, dice.Minutes(30, 120));
        if (inspectedAt > Now)
        {
            return false;
        }

        if (dice.Chance(0.4))
        {
            var part = new PartUsed($"P-{dice.Between(1000, 1199)}", 1, new Money(dice.Between(3, 60) * 100m, "TWD"));
            card.RecordPart(repairer.Id, workedAt, part);
            PartUsages.Add(PartUsage.Record(dice.Id(workedAt), unit.Id, part, workedAt, PartUsedWhere.Workshop, card.CallId, card.Id));
        }

        card.RecordWork(repairer.Id, workedAt, hours, dice.Pick(RepairWork), repairFinished: true);
        return true;
    }

    /// <summary>R24: the day's register goes out at the next opening, with a survey card for every call of the day.</summary>
    private void SendRegister(DateOnly day, List<RepairCall> calls)
    {
        var sentAt = _calendar.FirstOpeningAfter(day) is { } opening ? opening + TimeSpan.FromMinutes(30) : DateTimeOffset.MaxValue;
        if (sentAt > Now)
        {
            return;
        }

        SentRegisters.Add(SentCallRegister.Send(dice.Id(sentAt), unit.Id, day, _calendar.LocalDate(sentAt),
            calls.Select(c => new SentCall(c.Id, c.Number, c.CustomerName, c.Status, c.TechnicianId)), staff.Clerk.Id, sentAt));
        foreach (var call in calls)
        {
            var card = SurveyCard.Generate(dice.Id(sentAt), unit.Id, day, call.Id, call.Number, call.CustomerName, call.Address, call.Telephone,
                call.ArrivedAt is null ? null : call.TechnicianId);
            SurveyCards.Add(card);
            AnswerSurvey(card, call, sentAt);
        }
    }

    private void AnswerSurvey(SurveyCard card, RepairCall call, DateTimeOffset registerSentAt)
    {
        if (!_finishedAt.TryGetValue(call.Id, out var finishedAt))
        {
            return;
        }

        var sentAt = finishedAt > registerSentAt ? _calendar.AddWorkingTime(finishedAt, TimeSpan.FromHours(1)) : registerSentAt;
        var sentOn = _calendar.LocalDate(sentAt);
        if (sentAt > Now || sentOn > card.RegisterDate.AddDays(7))
        {
            return;
        }

        card.Send(dice.Weighted((SurveyChannel.Mail, 50), (SurveyChannel.Sms, 30), (SurveyChannel.Telephone, 20)), sentAt, sentOn, callFinished: true, sendWithinDays: 7);
        if (dice.Chance(0.02))
        {
            card.MarkUndeliverable("Returned by the post office");
            return;
        }

        var answeredAt = sentAt + TimeSpan.FromHours(dice.Between(2, 6 * 24));
        if (!dice.Chance(0.65) || answeredAt > Now)
        {
            return;
        }

        Satisfaction Rate(double unhappy) => !card.RatesTechnician ? Satisfaction.NotAnswered
            : dice.Weighted((Satisfaction.VerySatisfied, 45), (Satisfaction.Satisfied, 45 - unhappy), (Satisfaction.Dissatisfied, unhappy * 0.75), (Satisfaction.VeryDissatisfied, unhappy * 0.25), (Satisfaction.NotAnswered, 1));
        var late = call.DeadlineMet == false;
        var complaint = dice.Chance(late ? 0.05 : 0.008) ? "The technician was late and rude" : null;
        var response = new SurveyResponse(Rate(6), Rate(5), Rate(late ? 40 : 4), Rate(6), dice.Chance(0.1) ? "Please call before coming" : null, complaint, answeredAt, staff.Clerk.Id);
        card.RecordResponse(response);
        if (complaint is not null)
        {
            var opened = OpenComplaint(ComplaintSource.SurveyCard, call, card.Id, complaint, answeredAt);
            card.LinkComplaint(opened.Id);
        }
    }

    private Complaint OpenComplaint(ComplaintSource source, RepairCall call, Guid? surveyCardId, string words, DateTimeOffset at)
    {
        var complaint = Complaint.Receive(dice.Id(at), Next("Complaint", "C", _calendar.LocalDate(at).Year), unit.Id, source, call.CustomerId, call.CustomerName,
            call.Id, call.ArrivedAt is null ? null : call.TechnicianId, surveyCardId, words, at, staff.Clerk.Id, ComplaintTimes, _calendar);
        Complaints.Add(complaint);
        FollowUp(complaint, at);
        return complaint;
    }

    /// <summary>R26–R28: triage, the service department's review of a serious one, the visit, the reply and the finding.</summary>
    private void FollowUp(Complaint complaint, DateTimeOffset receivedAt)
    {
        var step = _calendar.AddWorkingTime(receivedAt, dice.Minutes(30, 8 * 60));
        if (step > Now)
        {
            return;
        }

        var severity = dice.Chance(0.15) ? ComplaintSeverity.Serious : ComplaintSeverity.General;
        complaint.Triage(severity, staff.Supervisor.Id, byViceGeneralManager: false, step, ComplaintTimes, _calendar);
        if (severity == ComplaintSeverity.Serious)
        {
            step = _calendar.AddWorkingTime(step, dice.Minutes(30, 8 * 60));
            if (step > Now)
            {
                return;
            }

            complaint.Review(ReviewDecision.Handled, null, serviceDepartmentId, step);
        }

        step = _calendar.AddWorkingTime(step, dice.Minutes(60, 20 * 60));
        if (step > Now)
        {
            return;
        }

        complaint.RecordVisit(staff.Supervisor.Id, isTheUnitsSupervisor: true, step, "Visited and apologised", customerRefused: false, step);
        step = _calendar.AddWorkingTime(step, dice.Minutes(60, 16 * 60));
        if (step > Now)
        {
            return;
        }

        complaint.Reply(severity == ComplaintSeverity.Serious ? ReplyChannel.Letter : ReplyChannel.Telephone, "We are sorry; the technician has been coached.", staff.Supervisor.Id, step, step);
        step = _calendar.AddWorkingTime(step, dice.Minutes(30, 8 * 60));
        if (step > Now)
        {
            return;
        }

        complaint.Close(dice.Chance(0.45), "Coaching on punctuality", severity == ComplaintSeverity.Serious ? viceGeneralManagerId : staff.Supervisor.Id, step);
    }

    /// <summary>R15–R17: each technician's day reported and reviewed; the supervisor's day submitted, signed (branches) and checked.</summary>
    private void ReportDay(DateOnly day, DayIndex byDay)
    {
        var to = _calendar.StartOfDay(day.AddDays(1));
        var submittedAt = _calendar.Periods(day)[^1].End + TimeSpan.FromMinutes(20);
        var reviewedAt = _calendar.FirstOpeningAfter(day) is { } opening ? opening + TimeSpan.FromMinutes(45) : DateTimeOffset.MaxValue;
        if (submittedAt > Now)
        {
            return;
        }

        var onSite = byDay.Completed[day].Where(c => c.WorkHours is not null).ToLookup(c => c.TechnicianId);
        var cardWork = byDay.Work[day].ToLookup(x => x.Work.TechnicianId);
        var hours = new List<TechnicianHours>();
        foreach (var technician in staff.Technicians)
        {
            List<DailyWorkItem> items =
            [
                .. onSite[technician.Id].Select(c => new DailyWorkItem(c.ServiceType, DailyWorkSource.OnSiteCall, c.Number, c.WorkHours!.Value, c.Problem)),
                .. cardWork[technician.Id].Select(x => new DailyWorkItem(x.Card.ServiceType, DailyWorkSource.RepairCard, x.Card.Number, x.Work.Hours, x.Work.Description)),
            ];
            if (dice.Chance(0.1))
            {
                var admin = Domain.Reports.AdminWork.Record(dice.Id(submittedAt), unit.Id, technician.Id, day, AdminWorkCategory.Training, 1m, "Product training",
                    items.Sum(i => i.Hours), null, staff.Supervisor.Id, submittedAt);
                AdminWork.Add(admin);
                items.Add(new DailyWorkItem(ServiceType.Admin, DailyWorkSource.AdminWork, admin.Category.ToString(), admin.Hours, admin.Note));
            }

            var worked = new TechnicianDay(items);
            var report = TechnicianDailyReport.Submit(dice.Id(submittedAt), unit.Id, technician.Id, day, worked, items.Count == 0 ? "No calls that day" : null, submittedAt);
            TechnicianReports.Add(report);
            if (reviewedAt <= Now)
            {
                report.Review(staff.Supervisor.Id, reviewedAt);
            }

            hours.Add(new TechnicianHours(technician.Id, technician.Name, worked.HoursOf(ServiceType.Paid), worked.HoursOf(ServiceType.Contract), worked.HoursOf(ServiceType.Free), worked.HoursOf(ServiceType.Admin)));
        }

        if (reviewedAt + TimeSpan.FromHours(1) > Now)
        {
            return;
        }

        var supervisorReport = SupervisorDailyReport.Submit(dice.Id(reviewedAt), unit.Id, unit.Kind, day, new SupervisorDay(hours, Figures(day, to, byDay)), [], [], staff.Supervisor.Id, reviewedAt + TimeSpan.FromHours(1));
        SupervisorReports.Add(supervisorReport);
        var signedAt = reviewedAt + TimeSpan.FromHours(2);
        if (unit.Kind == UnitKind.Branch && signedAt <= Now)
        {
            supervisorReport.SignOff(staff.BranchManager.Id, signedAt);
        }

        var checkedAt = reviewedAt + TimeSpan.FromHours(4);
        if (checkedAt <= Now && (unit.Kind == UnitKind.Center || supervisorReport.Status == SupervisorDailyReportStatus.SignedOff))
        {
            supervisorReport.Check(serviceDepartmentId, checkedAt);
        }
    }

    /// <summary>The register's figures of a day, counted from the generated records (form 007).</summary>
    private static RegisterFigures Figures(DateOnly day, DateTimeOffset endOfDay, DayIndex byDay)
    {
        var cards = byDay.Opened[day].ToList();
        return new RegisterFigures(
            byDay.Received[day].Count(),
            byDay.Dispatched[day].Count(),
            byDay.Received[day].Count(c => c.PriorityFrom < endOfDay && (c.DispatchedAt is null || c.DispatchedAt >= c.PriorityFrom)),
            byDay.Arrived[day].Count(c => c.DeadlineMet == true),
            byDay.Arrived[day].Count(c => c.DeadlineMet == false),
            byDay.Completed[day].Count(),
            byDay.Issued[day].Count(),
            byDay.Closed[day].Count(c => c.Status == CallStatus.Closed),
            byDay.Closed[day].Count(c => c.Status == CallStatus.Cancelled),
            cards.Count,
            cards.Count(c => c.ClosedAt is null ? c.PromisedAt < endOfDay : c.ClosedAt > c.PromisedAt));
    }
}
