package dev.migrata.schema.model;

import java.util.Comparator;

/**
 * A function, declared by {@code @SqlFunction}.
 *
 * @param name the function name, unquoted
 * @param arguments the argument list without parentheses, {@code ""} for none
 * @param returns the result type as declared
 * @param language the language of the body
 * @param body the body, written between dollar quotes
 */
public record FunctionModel(String name, String arguments, String returns, String language, String body) {

    /** Functions sorted by name. */
    public static final Comparator<FunctionModel> ORDER = Comparator.comparing(FunctionModel::name);

    /** The dollar quote the body is written in; a body containing it is refused. */
    public static final String BODY_QUOTE = "$migrata$";

    /** Whether {@code other} has the same arguments and result type, so it can replace this one in place. */
    public boolean sameSignature(FunctionModel other) {
        return arguments.equals(other.arguments) && returns.equals(other.returns);
    }
}
