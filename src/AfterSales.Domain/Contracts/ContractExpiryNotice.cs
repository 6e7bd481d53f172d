using AfterSales.Domain.Common;

namespace AfterSales.Domain.Contracts;

/// <summary>
/// 保養到期通知書 (R20): the notice of one contract term's end, one per term (unique in the database),
/// made when the term is. It falls due a month before the term ends; the clerk sends it, the supervisor
/// assigns who seeks the renewal (before or after sending), and it ends Renewed (by the renewal itself),
/// Declined (with a reason), NotNeeded (renewed before it fell due) or, with none of these, Lapsed.
/// </summary>
public sealed class ContractExpiryNotice : Entity, IBelongsToUnit, IVersioned, IAggregateRoot, IArchivable
{
    private ContractExpiryNotice()
    {
        ContractNumber = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid ContractId { get; private set; }

    public string ContractNumber { get; private set; }

    public Guid CustomerId { get; private set; }

    public int TermNumber { get; private set; }

    public DateOnly TermEndsOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateOnly? SentOn { get; private set; }

    public NoticeChannel? Channel { get; private set; }

    public Guid? SentBy { get; private set; }

    /// <summary>The person who seeks the renewal.</summary>
    public Guid? AssigneeId { get; private set; }

    public Guid? AssignedBy { get; private set; }

    public ExpiryNoticeOutcome? Outcome { get; private set; }

    public DateTimeOffset? OutcomeAt { get; private set; }

    public string? DeclineReason { get; private set; }

    /// <summary>The term the renewal created, for a Renewed or NotNeeded notice.</summary>
    public int? RenewalTermNumber { get; private set; }

    /// <summary>A1: the archive batch holding this record; once set, the record refuses every change.</summary>
    public Guid? ArchivedIn { get; private set; }

    public uint Version { get; private set; }

    public static ContractExpiryNotice ForTerm(Guid id, MaintenanceContract contract, ContractTerm term, DateOnly dueOn) =>
        new()
        {
            Id = id,
            UnitId = contract.UnitId,
            ContractId = contract.Id,
            ContractNumber = contract.Number,
            CustomerId = contract.CustomerId,
            TermNumber = term.TermNumber,
            TermEndsOn = term.EndsOn,
            DueOn = dueOn,
        };

    /// <summary>R20: the clerk sends the notice once it is due, on a day not in the future.</summary>
    public void Send(DateOnly sentOn, NoticeChannel channel, Guid by, DateOnly today)
    {
        CheckRule(new NoticeMustBeOpenRule(Outcome));
        CheckRule(new NoticeIsSentOnceRule(SentOn));
        CheckRule(new NoticeIsSentFromItsDueDateRule(DueOn, sentOn, today));
        SentOn = sentOn;
        Channel = channel;
        SentBy = by;
    }

    /// <summary>R20: the supervisor names who seeks the renewal; may come before or after sending.</summary>
    public void Assign(Guid assigneeId, Guid? assigneeUnitId, Guid by)
    {
        CheckRule(new NoticeMustBeOpenRule(Outcome));
        CheckRule(new RenewalSeekerMustServeTheUnitRule(UnitId, assigneeUnitId));
        AssigneeId = assigneeId;
        AssignedBy = by;
    }

    public void Decline(string reason, DateTimeOffset at)
    {
        CheckRule(new NoticeMustBeOpenRule(Outcome));
        Outcome = ExpiryNoticeOutcome.Declined;
        DeclineReason = reason;
        OutcomeAt = at;
    }

    /// <summary>The renewal settles the notice: Renewed once it had fallen due, NotNeeded before.</summary>
    public void SettleByRenewal(int renewalTermNumber, DateOnly renewedOn, DateTimeOffset at)
    {
        if (Outcome is not null)
        {
            return;
        }

        Outcome = renewedOn < DueOn && SentOn is null ? ExpiryNoticeOutcome.NotNeeded : ExpiryNoticeOutcome.Renewed;
        RenewalTermNumber = renewalTermNumber;
        OutcomeAt = at;
    }
}
