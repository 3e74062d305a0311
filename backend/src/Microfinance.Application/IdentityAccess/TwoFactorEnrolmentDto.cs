namespace Microfinance.Application.IdentityAccess;

/// <summary>
/// A secret waiting for its first code, in the three forms an authenticator app takes: the key to type (base32), the
/// otpauth:// URI, and that URI as a QR code (PNG, base64).
/// </summary>
public sealed record TwoFactorEnrolmentDto(string ManualKey, string OtpAuthUri, string QrCodePng);
