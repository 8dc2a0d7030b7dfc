namespace Lutetia.Domain;

/// <summary>Superior mesenteric artery involvement by the mesenteric mass (Lardière-Deguelte classification).</summary>
public enum SmaStage
{
    [Code("i")]
    I,
    [Code("ii")]
    II,
    [Code("iiilow")]
    IIILow,
    [Code("iiiup")]
    IIIUp,
    [Code("iv")]
    IV,
}
