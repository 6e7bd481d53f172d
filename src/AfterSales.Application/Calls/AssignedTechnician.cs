using AfterSales.Application.Common.Exceptions;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Application.Common.Scoping;
using AfterSales.Domain.Calls;

namespace AfterSales.Application.Calls;

internal static class AssignedTechnician
{
    /// <summary>A technician acts only on calls dispatched to them; anyone else is refused (403).</summary>
    public static Guid Require(ICurrentUser user, RepairCall call)
    {
        var staffId = user.RequireStaffId();
        return call.TechnicianId == staffId
            ? staffId
            : throw new ForbiddenAccessException($"Call {call.Number} is not dispatched to you.");
    }
}
