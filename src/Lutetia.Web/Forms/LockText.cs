using System.Globalization;

namespace Lutetia.Web.Forms;

/// <summary>How the pages write a signature's time: UTC to the second.</summary>
public static class LockText
{
    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
