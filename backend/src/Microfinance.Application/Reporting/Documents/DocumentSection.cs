namespace Microfinance.Application.Reporting.Documents;

/// <summary>A part of a <see cref="PrintedDocument"/> under an optional heading: <see cref="DocumentFields"/> or a <see cref="DocumentTable"/>.</summary>
public abstract record DocumentSection(string? Heading);
