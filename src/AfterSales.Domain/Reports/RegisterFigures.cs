namespace AfterSales.Domain.Reports;

/// <summary>The call register's figures of a day, as form 007 reports them (R8, R18, R19, R9, R11, R12, R14).</summary>
public sealed record RegisterFigures(
    int Received,
    int Dispatched,
    int CarriedOver,
    int ArrivedOnTime,
    int ArrivedLate,
    int FinishedOnSite,
    int TakenToWorkshop,
    int Closed,
    int Cancelled,
    int CardsOpen,
    int CardsLate);
