namespace Lutetia.Domain;

/// <summary>Differentiation of the tumour; poorly differentiated carcinoma is excluded.</summary>
public enum Differentiation
{
    Well,
    Poorly,
}
