namespace AfterSales.Application.Common.Behaviours;

/// <summary>Shapes of input that the database and the calendars can hold, refused as 400 rather than failing later.</summary>
public static class ValidationRules
{
    /// <summary>An instant in a span a service business deals in; also keeps zone conversions in range.</summary>
    public static IRuleBuilderOptions<T, DateTimeOffset> IsServiceInstant<T>(this IRuleBuilder<T, DateTimeOffset> rule) =>
        rule.Must(t => t.UtcDateTime.Year is >= 2000 and <= 2200).WithMessage("'{PropertyName}' must be a date and time between the years 2000 and 2200.");

    /// <summary>A calendar date in the same span; the day after it always exists, too.</summary>
    public static IRuleBuilderOptions<T, DateOnly> IsServiceDate<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.Must(d => d.Year is >= 1900 and <= 2200).WithMessage("'{PropertyName}' must be a date between the years 1900 and 2200.");

    /// <summary>Hours to the hundredth, as they are stored and charged.</summary>
    public static IRuleBuilderOptions<T, decimal> IsHours<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThan(0).LessThanOrEqualTo(24).PrecisionScale(4, 2, ignoreTrailingZeros: true);

    /// <summary>A weight from 0 to 100, to the hundredth, as it is stored.</summary>
    public static IRuleBuilderOptions<T, decimal> IsWeight<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.InclusiveBetween(0, 100).PrecisionScale(5, 2, ignoreTrailingZeros: true);

    /// <summary>Quantities to the thousandth, as they are stored.</summary>
    public static IRuleBuilderOptions<T, decimal> IsQuantity<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThan(0).LessThanOrEqualTo(100_000).PrecisionScale(9, 3, ignoreTrailingZeros: true);

    /// <summary>A3: a part's quantity as corrected: as <see cref="IsQuantity{T}"/>, or 0 when it was not used after all.</summary>
    public static IRuleBuilderOptions<T, decimal> IsCorrectedQuantity<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThanOrEqualTo(0).LessThanOrEqualTo(100_000).PrecisionScale(9, 3, ignoreTrailingZeros: true);

    /// <summary>A3: every correction says why; the reason is kept beside what it corrects.</summary>
    public static IRuleBuilderOptions<T, string> IsCorrectionReason<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("A correction needs its reason (A3).").MaximumLength(500);
}
