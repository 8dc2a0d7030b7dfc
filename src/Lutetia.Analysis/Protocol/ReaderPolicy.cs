namespace Lutetia.Analysis;

/// <summary>Which read represents an imaging exam (mesenluth-protocol.md, "Time anchors").</summary>
public enum ReaderPolicy
{
    /// <summary>The central read when the exam has one, otherwise the local read (the protocol's default).</summary>
    CentralFirst,

    /// <summary>Local reads only: exams without a local read are ignored.</summary>
    Local,

    /// <summary>Central reads only: exams without a central read are ignored.</summary>
    Central,
}
