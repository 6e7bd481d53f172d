namespace AfterSales.Application.Units;

public sealed class CalendarDtoValidator : AbstractValidator<CalendarDto>
{
    public CalendarDtoValidator()
    {
        RuleFor(c => c.TimeZone).NotEmpty().MaximumLength(64);
        RuleFor(c => c.WeeklyHours).NotNull();
        RuleForEach(c => c.WeeklyHours).ChildRules(day =>
        {
            day.RuleFor(d => d.Day).IsInEnum();
            day.RuleFor(d => d.Hours).NotNull();
            day.RuleForEach(d => d.Hours).SetValidator(new IntervalDtoValidator());
        });
        RuleFor(c => c.WeeklyHours)
            .Must(days => days.Select(d => d.Day).Distinct().Count() == days.Count)
            .When(c => c.WeeklyHours is not null)
            .WithMessage("Each weekday may appear only once.");
        RuleForEach(c => c.ExtraWorkingDays).ChildRules(extra =>
        {
            extra.RuleFor(e => e.Hours).NotEmpty().WithMessage("A make-up workday needs its business hours.");
            extra.RuleForEach(e => e.Hours).SetValidator(new IntervalDtoValidator());
        });
        RuleFor(c => c.Holidays)
            .Must(h => h!.Distinct().Count() == h!.Count)
            .When(c => c.Holidays is not null)
            .WithMessage("A holiday is listed twice.");
    }
}

public sealed class IntervalDtoValidator : AbstractValidator<IntervalDto>
{
    public IntervalDtoValidator()
    {
        RuleFor(i => i.Start).Must(CalendarDto.IsTime).WithMessage("Start must be a time as HH:mm.");
        RuleFor(i => i.End).Must(CalendarDto.IsTime).WithMessage("End must be a time as HH:mm (00:00 for midnight).");
        RuleFor(i => i)
            .Must(i => i.End == "00:00" || string.CompareOrdinal(i.End, i.Start) > 0)
            .When(i => CalendarDto.IsTime(i.Start) && CalendarDto.IsTime(i.End))
            .WithMessage("An interval must end after it starts.")
            .OverridePropertyName("End");
    }
}

public sealed class PolicyDtoValidator : AbstractValidator<PolicyDto>
{
    public PolicyDtoValidator()
    {
        RuleFor(p => p.UrbanSlaHours).GreaterThan(0).LessThanOrEqualTo(1000);
        RuleFor(p => p.SuburbanSlaHours).GreaterThan(0).LessThanOrEqualTo(1000);
        RuleFor(p => p.OnSiteFeeThreshold).NotNull();
        RuleFor(p => p.OnSiteFeeThreshold.Amount).GreaterThanOrEqualTo(0).When(p => p.OnSiteFeeThreshold is not null);
        RuleFor(p => p.OnSiteFeeThreshold.Currency).Matches("^[A-Z]{3}$").When(p => p.OnSiteFeeThreshold is not null)
            .WithMessage("Currency must be an ISO 4217 code such as TWD.");
        RuleFor(p => p.LabourRatePerHour).NotNull().SetValidator(new MoneyDtoValidator());
        RuleFor(p => p.Targets).NotNull();
        RuleFor(p => p.Targets.OnTimeRatePercent).InclusiveBetween(0, 100).When(p => p.Targets is not null);
        RuleFor(p => p.Targets.SatisfactionPercent).InclusiveBetween(0, 100).When(p => p.Targets is not null);
        RuleFor(p => p.Targets.ComplaintRatePercent).InclusiveBetween(0, 100).When(p => p.Targets is not null);
    }
}
