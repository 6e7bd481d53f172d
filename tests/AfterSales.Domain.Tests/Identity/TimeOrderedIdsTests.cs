using AfterSales.Domain.Common;

namespace AfterSales.Domain.Tests.Identity;

public class TimeOrderedIdsTests
{
    [Test]
    public void A_version_7_id_tells_the_millisecond_it_was_made()
    {
        var at = new DateTimeOffset(2026, 12, 4, 9, 30, 15, 123, TimeSpan.Zero);
        TimeOrderedIds.CreatedAt(Guid.CreateVersion7(at)).Should().Be(at);
        TimeOrderedIds.CreatedAt(Guid.CreateVersion7(at.AddMilliseconds(1))).Should().Be(at.AddMilliseconds(1));
    }
}
