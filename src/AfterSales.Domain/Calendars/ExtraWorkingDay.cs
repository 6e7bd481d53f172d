namespace AfterSales.Domain.Calendars;

/// <summary>A make-up workday (補班日): a date normally off that is worked, with its own hours.</summary>
public sealed record ExtraWorkingDay(DateOnly Date, IReadOnlyList<WorkingInterval> Hours);
