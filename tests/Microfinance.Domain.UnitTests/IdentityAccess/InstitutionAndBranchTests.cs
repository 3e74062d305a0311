using Microfinance.Domain.Common;
using Microfinance.Domain.IdentityAccess;

namespace Microfinance.Domain.UnitTests.IdentityAccess;

public sealed class InstitutionAndBranchTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_institution_normalises_its_codes_and_starts_active()
    {
        var institution = new Institution("  SFD Démo ", "demo", "xof", "Africa/Abidjan", Now);

        institution.Name.Should().Be("SFD Démo");
        institution.Code.Should().Be("DEMO");
        institution.CurrencyCode.Should().Be("XOF");
        institution.Status.Should().Be(InstitutionStatus.Active);
    }

    [Fact]
    public void Suspension_and_reactivation_refuse_a_no_op()
    {
        var institution = new Institution("SFD", "SFD", "XOF", "Africa/Abidjan", Now);

        institution.Suspend();
        institution.Status.Should().Be(InstitutionStatus.Suspended);
        institution.Invoking(i => i.Suspend()).Should().Throw<DomainException>().Which.Code.Should().Be("institution_already_suspended");

        institution.Reactivate();
        institution.Status.Should().Be(InstitutionStatus.Active);
        institution.Invoking(i => i.Reactivate()).Should().Throw<DomainException>().Which.Code.Should().Be("institution_already_active");
    }

    [Fact]
    public void A_branch_keeps_an_upper_case_code_and_a_tidy_address()
    {
        var branch = new Branch(Guid.NewGuid(), "cot", " Agence Centre ", "   ", Now);

        branch.Code.Should().Be("COT");
        branch.Name.Should().Be("Agence Centre");
        branch.Address.Should().BeNull();
        branch.IsActive.Should().BeTrue();
    }

    [Fact]
    public void A_branch_is_deactivated_once()
    {
        var branch = new Branch(Guid.NewGuid(), "COT", "Agence", null, Now);

        branch.Deactivate();

        branch.IsActive.Should().BeFalse();
        branch.Invoking(b => b.Deactivate()).Should().Throw<DomainException>().Which.Code.Should().Be("branch_already_inactive");
    }

    [Theory]
    [InlineData("SfdAdmin", true)]
    [InlineData("Agent", true)]
    [InlineData("agent", false)]
    [InlineData("Banker", false)]
    [InlineData(null, false)]
    public void Roles_are_the_six_of_the_product(string? role, bool valid)
    {
        Roles.IsValid(role).Should().Be(valid);
        Roles.All.Should().HaveCount(6);
        Roles.InstitutionRoles.Should().NotContain(Roles.PlatformAdmin);
    }

    [Fact]
    public void Two_factor_is_always_required_of_some_roles_and_of_those_the_institution_adds()
    {
        var institution = new Institution("SFD", "SFD", "XOF", "Africa/Abidjan", Now);
        institution.RequiresTwoFactor(Roles.SfdAdmin).Should().BeTrue();
        institution.RequiresTwoFactor(Roles.Accountant).Should().BeTrue();
        institution.RequiresTwoFactor(Roles.Agent).Should().BeFalse();

        institution.RequireTwoFactorFor([Roles.Supervisor, Roles.Agent, Roles.Accountant, Roles.Agent]);

        institution.TwoFactorRoles.Should().Equal(Roles.Agent, Roles.Supervisor);
        institution.RequiresTwoFactor(Roles.Agent).Should().BeTrue();
        institution.RequiresTwoFactor(Roles.Auditor).Should().BeFalse();
        institution.Invoking(i => i.RequireTwoFactorFor([Roles.PlatformAdmin])).Should().Throw<DomainException>()
            .Which.Code.Should().Be("two_factor_role_invalid");
    }
}
