using AfterSales.Domain.Common;

namespace AfterSales.Domain.Contracts;

/// <summary>
/// 保養合同書: a paid maintenance agreement covering some of a customer's products (R6 b). Renewal
/// adds a new term; terms never overlap, so one term at most is active on any day.
/// </summary>
public sealed class MaintenanceContract : Entity, IAggregateRoot, IBelongsToUnit, IVersioned
{
    private List<ContractTerm> _terms = [];
    private List<Guid> _certificateIds = [];

    private MaintenanceContract()
    {
        Number = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public string Number { get; private set; }

    public Guid CustomerId { get; private set; }

    public IReadOnlyList<Guid> CertificateIds => _certificateIds;

    public IReadOnlyList<ContractTerm> Terms => _terms;

    public ContractTerm CurrentTerm => _terms[^1];

    /// <summary>The end of the last term: where an expiry notice is counted from (R20).</summary>
    public DateOnly EndsOn { get; private set; }

    public uint Version { get; private set; }

    public bool IsActiveOn(DateOnly date) => _terms.Any(t => t.Covers(date));

    public static MaintenanceContract Sign(Guid id, Guid unitId, string number, Guid customerId, IEnumerable<Guid> certificateIds, DateOnly startsOn, DateOnly endsOn, Money fee)
    {
        var certificates = certificateIds.Distinct().ToList();
        CheckRule(new ContractMustCoverAProductRule(certificates));
        CheckRule(new TermMustEndAfterItStartsRule(startsOn, endsOn));
        var contract = new MaintenanceContract
        {
            Id = id,
            UnitId = unitId,
            Number = number,
            CustomerId = customerId,
            _certificateIds = certificates,
            EndsOn = endsOn,
        };
        contract._terms.Add(new ContractTerm(1, startsOn, endsOn, fee));
        return contract;
    }

    /// <summary>A new term, starting the day after the current one ends unless another start is given.</summary>
    public ContractTerm Renew(DateOnly? startsOn, DateOnly endsOn, Money fee)
    {
        var start = startsOn ?? CurrentTerm.EndsOn.AddDays(1);
        CheckRule(new TermMustEndAfterItStartsRule(start, endsOn));
        CheckRule(new TermsMustNotOverlapRule(CurrentTerm, start));
        var term = new ContractTerm(CurrentTerm.TermNumber + 1, start, endsOn, fee);
        _terms.Add(term);
        EndsOn = endsOn;
        return term;
    }
}
