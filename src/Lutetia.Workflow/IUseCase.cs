namespace Lutetia.Workflow;

/// <summary>
/// Marks a use case: one class per file under <c>src/Lutetia.Workflow/&lt;Area&gt;/</c>, constructed
/// by dependency injection only (its dependencies — the study's <c>LutetiaDbContext</c>, the
/// <see cref="StudyClock"/>, other use cases — come through its constructor), async, answering a
/// <see cref="Result"/> or <see cref="Result{T}"/>. <see cref="WorkflowServices.AddLutetiaWorkflow"/>
/// registers every class that implements it.
/// </summary>
public interface IUseCase;
