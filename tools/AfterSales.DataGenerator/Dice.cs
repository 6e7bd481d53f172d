namespace AfterSales.DataGenerator;

/// <summary>
/// The generator's only source of chance: a seeded random, so one seed always gives the same year,
/// and ids made from it (time-ordered like the API's version 7 ids, but reproducible).
/// </summary>
internal sealed class Dice(int seed)
{
    private readonly Random _random = new(seed);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    public double Between(double min, double max) => min + (_random.NextDouble() * (max - min));

    public TimeSpan Minutes(int min, int maxInclusive) => TimeSpan.FromMinutes(Between(min, maxInclusive));

    /// <summary>Hours in quarter steps, as technicians write them.</summary>
    public decimal Hours(decimal min, decimal max) => min + (Between(0, (int)((max - min) * 4)) / 4m);

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>One of the items, each as likely as its weight.</summary>
    public T Weighted<T>(params (T Item, double Weight)[] items)
    {
        var roll = _random.NextDouble() * items.Sum(i => i.Weight);
        foreach (var (item, weight) in items)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    /// <summary>A version 7 id for an instant: ordered by time like the API's, with seeded random bits.</summary>
    public Guid Id(DateTimeOffset at)
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        var milliseconds = at.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
