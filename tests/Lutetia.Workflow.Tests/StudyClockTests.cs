using Microsoft.Extensions.Time.Testing;

namespace Lutetia.Workflow.Tests;

public sealed class StudyClockTests
{
    [Fact]
    public void Today_is_the_date_in_the_studys_time_zone_not_the_servers()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 23, 30, 0, TimeSpan.Zero));
        Assert.True(StudyClock.TryParseZone("Europe/Paris", out var paris, out _));

        Assert.Equal(new DateOnly(2026, 12, 8), new StudyClock(time, paris).Today);
        Assert.Equal(new DateOnly(2026, 12, 7), new StudyClock(time).Today);
    }

    [Fact]
    public void Now_is_utc_to_the_microsecond_both_databases_keep()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero).AddTicks(1234567));

        var now = new StudyClock(time).UtcNow;

        Assert.Equal(DateTimeKind.Utc, now.Kind);
        Assert.Equal(0, now.Ticks % 10);
        Assert.Equal(new DateTime(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc).AddTicks(1234560), now);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("UTC")]
    public void No_zone_or_utc_means_utc(string? name)
    {
        Assert.True(StudyClock.TryParseZone(name, out var zone, out var problem));
        Assert.Null(problem);
        Assert.Equal(TimeSpan.Zero, zone.BaseUtcOffset);
    }

    [Fact]
    public void An_unknown_zone_is_refused_with_how_to_fix_it()
    {
        Assert.False(StudyClock.TryParseZone("Mars/Olympus", out _, out var problem));
        Assert.Equal("\"Mars/Olympus\" is not a time zone this machine knows: give an IANA name such as Europe/Paris or UTC", problem);
    }
}
