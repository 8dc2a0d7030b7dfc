namespace Lutetia.Reporting.Tests.Exports;

/// <summary>A missing R or PSPP fails the read-back tests with the way to install it, never passes them silently.</summary>
public sealed class ExternalProgramTests
{
    [Fact]
    public void A_missing_program_fails_the_test_saying_how_to_install_it_and_how_to_skip_it()
    {
        var failure = Assert.Throws<Xunit.Sdk.FailException>(() =>
            ExternalProgram.Require("lutetia-no-such-program", "r-base-core", "LUTETIA_TEST_SKIP_NOTHING"));

        Assert.Contains("lutetia-no-such-program is not installed", failure.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y r-base-core", failure.Message, StringComparison.Ordinal);
        Assert.Contains("LUTETIA_TEST_SKIP_NOTHING=1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_installed_program_is_found_on_the_path()
    {
        Assert.NotNull(ExternalProgram.Find("sh"));
    }
}
