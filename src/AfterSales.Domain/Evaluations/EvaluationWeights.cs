using AfterSales.Domain.Common;

namespace AfterSales.Domain.Evaluations;

/// <summary>
/// R23: the company's weighting of the four rated items in a technician's monthly score. The
/// regulation leaves it to the company; without weights the evaluation gives the figures and no score.
/// </summary>
public sealed class EvaluationWeights : Entity, IVersioned, IAggregateRoot
{
    /// <summary>The one row of company-wide weights.</summary>
    public static readonly Guid CompanyId = new("00000000-0000-0000-0000-000000000023");

    private EvaluationWeights()
    {
    }

    public Guid Id { get; private set; }

    public decimal Attitude { get; private set; }

    public decimal TechnicalSkill { get; private set; }

    public decimal ArrivalTime { get; private set; }

    public decimal FollowThrough { get; private set; }

    public uint Version { get; private set; }

    public static EvaluationWeights Company(decimal attitude, decimal technicalSkill, decimal arrivalTime, decimal followThrough)
    {
        var weights = new EvaluationWeights { Id = CompanyId };
        weights.Set(attitude, technicalSkill, arrivalTime, followThrough);
        return weights;
    }

    public void Set(decimal attitude, decimal technicalSkill, decimal arrivalTime, decimal followThrough)
    {
        CheckRule(new WeightsMustCountSomethingRule(attitude + technicalSkill + arrivalTime + followThrough));
        (Attitude, TechnicalSkill, ArrivalTime, FollowThrough) = (attitude, technicalSkill, arrivalTime, followThrough);
    }

    public decimal Of(RatedItem item) => item switch
    {
        RatedItem.Attitude => Attitude,
        RatedItem.TechnicalSkill => TechnicalSkill,
        RatedItem.ArrivalTime => ArrivalTime,
        RatedItem.FollowThrough => FollowThrough,
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };
}
