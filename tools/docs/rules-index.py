# Writes docs/rules.md: one row per rule (R1-R28, K1-K3, A1-A3) with its domain types, operations and the
# tests named after it (found in tests/). Run from the repository root: python3 tools/docs/rules-index.py
# Edit the table of rules below when a rule gains types or operations; RulesIndexTests checks the result.
import re,glob,collections
tests=collections.defaultdict(list)
for f in glob.glob('./tests/**/*.cs',recursive=True):
    if '/obj/' in f or '/bin/' in f: continue
    for m in re.finditer(r'public (?:async Task|void) ((?:(?:R\d+[a-d]?|K[1-3]|A[1-3])_)+[A-Za-z0-9_]+)\(', open(f).read()):
        name=m.group(1)
        for prefix in re.findall(r'(?:^|_)((?:R\d+|K[1-3]|A[1-3]))(?=_)', name):
            # only leading prefixes
            pass
        lead=re.match(r'((?:(?:R\d+[a-d]?|K[1-3]|A[1-3])_)+)', name).group(1)
        for r in lead.strip('_').split('_'):
            tests[re.sub(r'(?<=\d)[a-d]$','',r)].append(name)
rules=[
('R1','Purpose: the company regulates after-sales service to make it effective.','','','The whole system; no rule to enforce.'),
('R2','The regulation has three parts: general rules, service procedures, customer opinion.','','','Structure only.'),
('R3','Service income and parts requisitions follow the accounting system (cash and inventory procedures).','`InvoiceRequest`, `PartUsage`, `CollectedCash`','`PullInvoiceRequests`, `PullPartsUsage`, `ListPendingCash`, `ConfirmCashHandover`',None),
('R4','The service department plans after-sales service; units act within the company\'s division of authority.','`Role`, `RoleScope`, `IBelongsToUnit`','every route (roles and unit scope)',None),
('R5','The regulation takes effect when the general manager approves it.','','','Not a system rule.'),
('R6','Every piece of work is one type: a Paid, b Contract, c Free, d Admin (internal work the technician records).','`ServiceType`, `EntitlementPolicy`, `ServiceTypeOverride`, `FeePolicy`, `AdminWork`, `AdminWorkCategory`','`RegisterCall`, `SignContract`, `RenewContract`, `RecordAdminWork`',None),
('R7','The forms 001–007 (certificate, call register, receipt, movement register, repair card, daily reports).','`ServiceCertificate`, `RepairCall`, `PickupReceipt`, `ProductMovement`, `RepairCard`','`GetCertificate`, `ListCalls`, `GetPickupReceipt`, `ListProductMovements`, `GetRepairCard`','Printable forms: not yet.'),
('R8','The clerk registers each call and pulls the certificate; the supervisor dispatches.','`RepairCall`, `CallMustBeAboutTheCustomersOwnProductRule`, `CallMustAwaitDispatchRule`, `ReassignmentNeedsAReasonRule`','`RegisterCall`, `ListCalls`, `DispatchCall`',None),
('R9','Finished on site: the customer signs the certificate; the clerk logs the call out and files it.','`RepairCall`, `Signature`, `SignatureCannotPrecedeArrivalRule`, `OnlyFinishedCallsAreLoggedOutRule`, `ClaimedTime`','`CompleteOnSite`, `LogOutCall`',None),
('R10','A low Paid fee is collected on the spot and handed to the accountant; otherwise an invoice request the same day.','`OnSiteCollectionPolicy`, `OnSiteCollectionWithinThresholdRule`, `UncollectedFeeNeedsAReasonRule`, `CollectedCash`, `CashHandover`, `InvoiceRequest`','`CompleteOnSite`, `ConfirmCashHandover`, `IssueInvoice`, `PullInvoiceRequests`',None),
('R11','Not fixable on site: pickup receipt, customer signs, the clerk registers the product in, a repair card is opened.','`PickupReceipt`, `ProductMovement`, `ProductMustBeInTransitRule`, `RepairCard`','`TakeToWorkshop`, `ReceiveIntoWorkshop`',None),
('R12','The card records hours and parts; after the supervisor\'s inspection the product returns, the customer signs, the receipt is voided.','`RepairCard`, `CardMustAwaitInspectionRule`, `CardCanCloseOnlyAfterPassedInspectionRule`, `ReceiptMustBePresentedOrDeclaredLostRule`, `ReceiptCanBeVoidedOnceRule`','`RecordRepairWork`, `RecordRepairPart`, `InspectRepair`, `CloseRepairCard`',None),
('R13','A Paid workshop repair is invoiced the day the product is returned.','`FeePolicy`, `InvoiceRequest`','`CloseRepairCard`, `PullInvoiceRequests`',None),
('R14','A card that will miss its promised time is reported to the supervisor at once.','`RepairLatenessPolicy`, `RepairEscalation`, `EscalationIsAnsweredOnceRule`','`ReportLateRepair`, `AnswerEscalation`, `ListRepairCards`, `DeclareClosure`',None),
('R15','The technician files a daily report (form 006) of work by type and hours for the supervisor\'s review.','`TechnicianDailyReport`, `TechnicianDay`, `DailyWorkItem`, `DayHoursCannotExceed24Rule`, `DayWithoutHoursNeedsAReasonRule`, `ReportIsOpenForSubmissionRule`, `ReportMustAwaitReviewRule`','`GetTechnicianDailyReports`, `SubmitTechnicianDailyReport`, `ReviewTechnicianDailyReport`, `ReturnTechnicianDailyReport`',None),
('R16','The supervisor files the unit\'s daily report (form 007) from the technicians\' reports.','`SupervisorDailyReport`, `SupervisorDay`, `RegisterFigures`, `TechnicianHours`, `EveryReportReviewedOrExplainedRule`','`GetSupervisorDailyReports`, `SubmitSupervisorDailyReport`',None),
('R17','A branch\'s supervisor report is signed by the branch manager before it goes to the service department.','`SupervisorDailyReport`, `SupervisorReportStep`, `SignerIsNeverTheSubmitterRule`, `SignOffIsForBranchesRule`, `SupervisorReportMustAwaitStepRule`','`SignOffSupervisorDailyReport`, `CheckSupervisorDailyReport`, `ReturnSupervisorDailyReport`, `GetSupervisorDailyReports`',None),
('R18','Calls not dispatched on their day are dispatched first the next day.','`CarryOverPolicy`, `CarryOver`','`ListCalls`',None),
('R19','Arrival within 6 working hours (urban) or 7 (suburban) of the call.','`DispatchDeadlinePolicy`, `WorkingCalendar`, `ServicePolicy`, `ArrivalOutcome`, `UnitClosure`, `CustomerAppointment`, `DeadlineBasis`, `AwaitingArrival`, `DeadlineRisk`, `ClosureStartsNoEarlierThanTodayRule`, `ClosureEndsEarlyWithinItsSpanRule`, `AppointmentNeedsACallAwaitingArrivalRule`, `NotAtHomeNeedsADispatchedCallRule`','`GetDispatchDeadline`, `RegisterCall`, `RecordArrival`, `DeclareClosure`, `DeclareClosures`, `EndClosureEarly`, `CancelClosure`, `ListClosures`, `AgreeAppointment`, `RecordCustomerNotAtHome`, `ListCalls`','Declared closures (停班停課) move every waiting call\'s deadline by the closed working time; a customer appointment sets a later deadline; a missed visit restarts the clock; the at-risk list shows calls near their deadline.'),
('R20','A month before a contract ends, an expiry notice goes to the customer and someone seeks renewal.','`MaintenanceContract`, `ContractExpiryNotice`, `ExpiryNoticePolicy`, `NoticeIsSentFromItsDueDateRule`, `NoticeIsSentOnceRule`, `RenewalSeekerMustServeTheUnitRule`','`ListContracts`, `RenewContract`, `ListExpiryNotices`, `SendExpiryNotice`, `AssignExpiryNotice`, `RecordExpiryNoticeOutcome`',None),
('R21','The flow chart of the service procedure (omitted in the source).','','','Not a system rule.'),
('R22','Customer opinion surveys improve service.','`SurveyCard`, `SurveyResponse`','`ListSurveyCards`, `RecordSurveyResponse`, `GetKpis`, `GetTechnicianMonthly`','A purpose, served by the cards (R24, R25), satisfaction K2 and the monthly evaluation (R23); their tests are listed there.'),
('R23','Ratings of technicians are part of their monthly evaluation; complaints get special attention.','`EvaluationMonthPolicy`, `EvaluationMonthClosure`, `EvaluationWeights`, `RatedItem`, `OnlyAFinishedMonthClosesRule`, `OnTimePolicy`','`GetTechnicianMonthly`, `CloseEvaluationMonth`, `SetEvaluationWeights`',None),
('R24','The day\'s call register goes to the service department; a survey card for every call, no sampling.','`SentCallRegister`, `SentCall`, `OnlyAClosedDayIsSentRule`, `SurveyCard`, `CardIsSentOnceTheCallIsFinishedRule`, `CardIsSentWithinDaysRule`','`SendCallRegister`, `ListSurveyCards`, `SendSurveyCard`, `MarkSurveyCardUndeliverable`',None),
('R25','Technicians are rated on attitude, skill, arrival time and follow-through, four levels each.','`SurveyResponse`, `Satisfaction`, `TechnicianItemsDoNotApplyRule`, `SurveyCardMustBeSentRule`','`RecordSurveyResponse`',None),
('R26','Serious complaints go to the vice general manager and get a letter; general ones a letter or call.','`Complaint`, `ComplaintPolicy`, `OnlyTheViceGeneralManagerDowngradesRule`, `OnlySeriousComplaintsAreReviewedRule`, `PassingOnNeedsInstructionsRule`, `SeriousComplaintIsRepliedByLetterRule`, `ComplaintClosesOnlyWhenEveryStepIsDoneRule`','`OpenComplaint`, `TriageComplaint`, `ReviewComplaint`, `ReplyToComplaint`, `CloseComplaint`, `ReopenComplaint`, `ListComplaints`, `GetComplaint`',None),
('R27','Complaints are followed up until closed.','`ComplaintFollowUpTimes`, `ComplaintPolicy`, `ComplaintChase`','`ChaseComplaint`, `ListComplaints`',None),
('R28','Every complaint gets a visit by the supervisor or their designee.','`ComplaintVisit`, `VisitIsByTheSupervisorOrTheDesigneeRule`, `TheTechnicianComplainedAboutNeverVisitsRule`, `DesigneeMustServeTheUnitRule`, `OnlyARecordedRefusalIsAcceptedRule`','`DesignateComplaintVisitor`, `RecordComplaintVisit`, `AcceptRefusedVisit`',None),
('K1','On-time rate ≥ 90 %.','`ArrivalOutcome`, `OnTimePolicy`, `OnTimeVerdict`, `KpiTargets`','`GetKpis`, `GetTechnicianMonthly`',None),
('K2','Satisfaction ≥ 85 % (or 94 %).','`KpiTargets`, `SurveyResponse`, `SurveyCorrection`','`GetKpis`',None),
('K3','Complaint rate ≤ 3 %.','`KpiTargets`, `KpiTargetChange`, `ComplaintFinding`','`GetKpis`',None),
('A1','Closed records are archived in batches with an archive list.','`ArchiveBatch`, `ArchiveEntry`, `IArchivable`, `RecordIsArchivedRule`','`ArchiveRecords`, `GetArchiveBatch`, `PrintArchiveList`','Calls with their receipts, cards and movement lines, reviewed 006, checked 007, finished survey cards, closed complaints, notices with an outcome (held back while a complaint is open or an invoice request unissued); changes to an archived record are refused at save.'),
('A2','Retention periods and approved destruction with tombstones.','`RetentionPeriod`, `DestructionRequest`, `ArchiveEntry`, `OnlyCandidatesAreDestroyedRule`, `DestructionNeedsARecordRule`, `ApproverIsNeverTheRequesterRule`, `DestructionMustAwaitStepRule`','`SetRetentionPeriod`, `GetRetentionPeriods`, `GetDestructionCandidates`, `RequestDestruction`, `ApproveDestruction`, `ExecuteDestruction`, `GetDestructionRequest`','Retention per type in months (default 60); candidates never tied to an open complaint or unissued invoice request; approval never by the proposer; execution removes the rows in one transaction and keeps tombstones; reads of a destroyed record answer 410.'),
('A3','Nothing is deleted; corrections are new entries.','`Correction`, `SurveyCorrection`, `CorrectionMustChangeSomethingRule`, `OnlyAReturnedCardIsCorrectedRule`, `BilledHoursStandRule`, `ChargedRepairHoursStandRule`, `ChargedPartsStandRule`, `PartEntryMustExistRule`','`CorrectSurveyResponse`, `CorrectArrival`, `CorrectWorkHours`, `CorrectRepairWork`, `CorrectRepairPart`, `CorrectCallPart`, `CorrectAdminWork`, `CorrectCustomer`','No DELETE route and no code deletes a row but the approved destruction (A2). Corrected: survey answers, arrival times, work hours (on site and on cards), parts (with a line of the difference on the parts ledger), admin work, customer particulars; form 006 and 007 keep versions (R15–R17).'),
]
out=['# The rules, where they live','',
'Every rule of the regulation (R1–R28), the drafts\' targets (K1–K3) and the archiving standard (A1–A3):',
'what it says, the domain types that hold it, the operations (OpenAPI `operationId`) that serve it,',
'and the tests that name it. `tests/AfterSales.Architecture.Tests/RulesIndexTests.cs` keeps this page',
'true: every type, operation and test named here exists, and every test named `R<n>_…` is listed under R<n>.',
'','| rule | what it says | domain | operations | tests |','|---|---|---|---|---|']
for (r,what,types,ops,note) in rules:
    t=tests.get(r,[])
    if t:
        cell=', '.join('`%s`'%x for x in sorted(set(t)))
        if note: cell=note+' '+cell
    else:
        cell=note or 'Not yet.'
    out.append(f'| {r} | {what} | {types} | {ops} | {cell} |')
open('./docs/rules.md','w').write('\n'.join(out)+'\n')
missing=set(tests)-set(r[0] for r in rules)
print('unlisted prefixes',missing)
