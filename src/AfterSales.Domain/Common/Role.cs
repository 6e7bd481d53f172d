namespace AfterSales.Domain.Common;

/// <summary>The people of the regulation (R4) as the system knows them.</summary>
public enum Role
{
    /// <summary>業務員: registers calls, keeps the registers, files certificates.</summary>
    Clerk,

    /// <summary>技術員: visits customers, repairs, files a daily work report.</summary>
    Technician,

    /// <summary>服務主任: dispatches, inspects repairs, files the unit's daily report.</summary>
    Supervisor,

    /// <summary>會計員: takes cash collected on site, issues invoices.</summary>
    Accountant,

    /// <summary>經理: signs off the branch supervisor's daily report (R17).</summary>
    BranchManager,

    /// <summary>服務部: the head-office unit that plans and supervises service (R4); sees all units.</summary>
    ServiceDepartment,

    /// <summary>副總經理: reviews serious complaints (R26); sees all units.</summary>
    ViceGeneralManager,

    /// <summary>Maintains units, calendars, staff and targets; sees all units.</summary>
    Admin,
}
