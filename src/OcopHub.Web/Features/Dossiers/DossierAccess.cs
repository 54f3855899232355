using System.Security.Claims;
using OcopHub.Core.Dossiers;
using OcopHub.Web.Data.Entities;
using OcopHub.Web.Infrastructure;

namespace OcopHub.Web.Features.Dossiers;

/// <summary>Who may see a dossier, and which procedural role (ActorRole) a signed-in user acts in.</summary>
public static class DossierAccess
{
    /// <summary>Producer logins see their own dossiers; officers those of their province or commune; national roles all.</summary>
    public static IQueryable<Dossier> InScope(this IQueryable<Dossier> query, UserScope scope) => scope.Kind == ScopeKind.Producer
        ? query.Where(d => d.ProducerId == scope.ProducerId)
        : ScopeQueryExtensions.InScope(query, scope);

    /// <summary>
    /// The web role's place in the procedure. Department officers have none (they advise through the council);
    /// the council chair is not a separate login yet, so council members act as members.
    /// </summary>
    public static ActorRole? ActorOf(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Producer) ? ActorRole.Producer
        : user.IsInRole(Roles.CommuneOfficer) ? ActorRole.CommuneOfficer
        : user.IsInRole(Roles.ProvinceOffice) ? ActorRole.ProvincialOffice
        : user.IsInRole(Roles.CouncilMember) ? ActorRole.CouncilMember
        : user.IsInRole(Roles.Ministry) ? ActorRole.Ministry
        : user.IsInRole(Roles.Admin) ? ActorRole.SystemAdmin
        : null;

    /// <summary>
    /// States in which a role has something to do (the inbox, "Việc cần xử lý"). Withdrawal is a right, not a task;
    /// filing for the producer ("thay mặt chủ thể") is help the commune may give, not a task waiting on it.
    /// </summary>
    public static IReadOnlyList<DossierState> WaitingOn(ActorRole role)
    {
        var states = DossierStateMachine.Transitions.Where(t => t.Roles.Contains(role) && t.Action != DossierAction.Withdraw
                && !DossierStateMachine.ActsOnBehalfOfProducer(t.Action, role))
            .Select(t => t.From).ToHashSet();
        if (role == ActorRole.Producer) states.Add(DossierState.Draft);
        // The advisory group's members record survey notes and lab tests in AdvisoryReview (Art. 7.3.c).
        if (role == ActorRole.CouncilMember) states.Add(DossierState.AdvisoryReview);
        return [.. states.OrderBy(s => s)];
    }

    /// <summary>Who is waiting after a move to <paramref name="state"/>, as web roles (the notification targets).</summary>
    public static IReadOnlyList<string> WaitingRoles(DossierState state) => state switch
    {
        DossierState.Draft or DossierState.ReturnedForCompletion => [Roles.Producer],
        DossierState.Submitted or DossierState.CommuneReview => [Roles.CommuneOfficer],
        DossierState.ForwardedToProvince or DossierState.ProvinceCheck or DossierState.AssignedToRound => [Roles.ProvinceOffice],
        DossierState.AdvisoryReview => [Roles.ProvinceOffice, Roles.CouncilMember],
        DossierState.Scoring => [Roles.CouncilMember],
        _ => [Roles.Producer],
    };

    /// <summary>Overdue: still with the commune after its 15 working days.</summary>
    public static bool IsOverdue(Dossier d, DateOnly today) =>
        d.State == DossierState.CommuneReview && d.CommuneDueOn is { } due && today > due;
}
