namespace AfterSales.Application.Units;

public sealed class MoneyDtoValidator : AbstractValidator<MoneyDto>
{
    public MoneyDtoValidator()
    {
        RuleFor(m => m.Amount).GreaterThanOrEqualTo(0).LessThan(1_000_000_000m);
        RuleFor(m => m.Currency).NotEmpty().Matches("^[A-Z]{3}$").WithMessage("Currency must be an ISO 4217 code such as TWD.");
    }
}
