namespace AfterSales.Domain.Units;

/// <summary>服務中心 / 分公司服務組: a site that takes calls and sends technicians.</summary>
public enum UnitKind
{
    /// <summary>服務中心: a service center; its supervisor's report goes straight to the service department (R17).</summary>
    Center,

    /// <summary>分公司服務組: a branch's service group; its supervisor's report is signed by the branch manager first (R17).</summary>
    Branch,
}
