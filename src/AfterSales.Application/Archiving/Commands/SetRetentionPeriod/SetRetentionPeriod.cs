using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Scoping;
using AfterSales.Application.Common.Messaging;
using AfterSales.Domain.Archiving;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Archiving.Commands.SetRetentionPeriod;

/// <summary>A2: an admin sets how many months a type of record is kept after it closes; candidates follow at once.</summary>
public sealed record SetRetentionPeriod(ArchivedRecordType Type, int Months) : ICommand<RetentionPeriodDto>, IIdempotentCommand;

public sealed class SetRetentionPeriodHandler(IApplicationDbContext db, ICurrentUser user, IRequestContext request, TimeProvider clock) : ICommandHandler<SetRetentionPeriod, RetentionPeriodDto>
{
    public async ValueTask<RetentionPeriodDto> Handle(SetRetentionPeriod command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var retention = await db.RetentionPeriods.SingleOrDefaultAsync(r => r.Type == command.Type, cancellationToken);
        if (retention is null)
        {
            if (request.ExpectedVersion is { } expected)
            {
                throw new PreconditionFailedException($"The retention of {command.Type} was never set; there is no version {expected} of it.");
            }

            retention = RetentionPeriod.SetFirst(command.Type, command.Months, user.StaffId, now);
            db.RetentionPeriods.Add(retention);
        }
        else
        {
            db.RetentionPeriods.ExpectVersion(retention, request.ExpectedVersion);
            retention.Set(command.Months, user.StaffId, now);
        }

        return RetentionPeriodDto.From(retention);
    }
}

public sealed class SetRetentionPeriodValidator : AbstractValidator<SetRetentionPeriod>
{
    /// <summary>A century: beyond it a period is a typing mistake, not a policy.</summary>
    private const int MostMonths = 1200;

    public SetRetentionPeriodValidator()
    {
        RuleFor(c => c.Type).IsInEnum().Must(t => RetentionPeriod.Kept.Contains(t))
            .WithMessage("Receipts, repair cards and movement lines are kept as long as their call; set the call's retention.");
        RuleFor(c => c.Months).InclusiveBetween(1, MostMonths);
    }
}
