namespace AfterSales.Domain.Common;

/// <summary>
/// A rule of the regulation that an aggregate checks before it changes. When broken, the change is
/// refused and nothing happens; the API answers with a problem whose type is the rule's name.
/// </summary>
public interface IBusinessRule
{
    bool IsBroken();

    string Message { get; }
}
