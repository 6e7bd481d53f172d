using AfterSales.Application.Common.Behaviours;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Evaluations;
using Mediator;

namespace AfterSales.Application.Evaluations.Commands.SetEvaluationWeights;

/// <summary>R23: the company's weights of the four rated items in a technician's monthly score (Admin).</summary>
public sealed record SetEvaluationWeights(decimal Attitude, decimal TechnicalSkill, decimal ArrivalTime, decimal FollowThrough) : ICommand<EvaluationWeightsDto>;

public sealed record EvaluationWeightsDto(Guid Id, decimal Attitude, decimal TechnicalSkill, decimal ArrivalTime, decimal FollowThrough, uint Version) : IHasVersion;

public sealed class SetEvaluationWeightsHandler(IApplicationDbContext db, IRequestContext request) : ICommandHandler<SetEvaluationWeights, EvaluationWeightsDto>
{
    public async ValueTask<EvaluationWeightsDto> Handle(SetEvaluationWeights command, CancellationToken cancellationToken)
    {
        var weights = await db.EvaluationWeights.FindAsync([EvaluationWeights.CompanyId], cancellationToken);
        if (weights is null)
        {
            weights = EvaluationWeights.Company(command.Attitude, command.TechnicalSkill, command.ArrivalTime, command.FollowThrough);
            db.EvaluationWeights.Add(weights);
        }
        else
        {
            db.EvaluationWeights.ExpectVersion(weights, request.ExpectedVersion);
            weights.Set(command.Attitude, command.TechnicalSkill, command.ArrivalTime, command.FollowThrough);
        }

        return new EvaluationWeightsDto(weights.Id, weights.Attitude, weights.TechnicalSkill, weights.ArrivalTime, weights.FollowThrough, weights.Version);
    }
}

public sealed class SetEvaluationWeightsValidator : AbstractValidator<SetEvaluationWeights>
{
    public SetEvaluationWeightsValidator()
    {
        RuleFor(c => c.Attitude).IsWeight();
        RuleFor(c => c.TechnicalSkill).IsWeight();
        RuleFor(c => c.ArrivalTime).IsWeight();
        RuleFor(c => c.FollowThrough).IsWeight();
    }
}
