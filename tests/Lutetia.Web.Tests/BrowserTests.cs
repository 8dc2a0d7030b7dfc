namespace Lutetia.Web.Tests;

/// <summary>
/// The Playwright tests, one after another: three Chromium instances and three application hosts
/// at once on a 2-core machine made one of them time out now and then.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests
{
    public const string Name = "Chromium end-to-end tests";
}
