using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OcopHub.Web.Features.Registry;

/// <summary>Puts the rules' field errors (keyed by JSON names, e.g. "history[0].stars") on the form's fields ("Form.History[0].Stars").</summary>
public static class FormErrors
{
    public static void AddTo(ModelStateDictionary state, string prefix, Dictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
        {
            var key = prefix + "." + string.Join('.', field.Split('.').Select(s => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..]));
            foreach (var m in messages) state.AddModelError(key, m);
        }
    }
}
