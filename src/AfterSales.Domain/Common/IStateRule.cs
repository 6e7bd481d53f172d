namespace AfterSales.Domain.Common;

/// <summary>
/// A rule about the record's current state (dispatching a closed call, arriving twice): breaking it
/// is a conflict with what already happened (409), not a bad request (422).
/// </summary>
public interface IStateRule : IBusinessRule;
