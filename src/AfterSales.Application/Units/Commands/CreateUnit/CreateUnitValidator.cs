namespace AfterSales.Application.Units.Commands.CreateUnit;

public sealed class CreateUnitValidator : AbstractValidator<CreateUnit>
{
    public CreateUnitValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Code).NotEmpty().Matches("^[A-Z0-9]{2,8}$")
            .WithMessage("Code must be 2 to 8 capital letters or digits; it prefixes the unit's call and receipt numbers.");
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Calendar!).SetValidator(new CalendarDtoValidator()).When(c => c.Calendar is not null);
    }
}
