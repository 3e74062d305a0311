namespace Microfinance.Api.Infrastructure;

/// <summary>Raw request bodies (a signed webhook, an uploaded file), read with a ceiling.</summary>
public static class RequestBodies
{
    /// <summary>The body's bytes, or null when it is longer than <paramref name="max"/> (reading stops there).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int max, CancellationToken ct)
    {
        if (request.ContentLength > max) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
