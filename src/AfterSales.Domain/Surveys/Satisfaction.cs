namespace AfterSales.Domain.Surveys;

/// <summary>R25: the four levels a customer ticks for each item, or none.</summary>
public enum Satisfaction
{
    VerySatisfied,
    Satisfied,
    Dissatisfied,
    VeryDissatisfied,
    NotAnswered,
}
