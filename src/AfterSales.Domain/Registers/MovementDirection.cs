namespace AfterSales.Domain.Registers;

public enum MovementDirection
{
    /// <summary>The customer's product came into the unit's custody.</summary>
    In,

    /// <summary>The product went back to the customer.</summary>
    Out,
}
