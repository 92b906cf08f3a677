package vn.motcua.shared;

/**
 * A value longer than the column that would keep it. {@code field} is the entity's property, which
 * is also what the API and the forms call it; nothing was saved.
 */
public class ValueTooLongException extends RuntimeException {

  private final String field;
  private final int maxLength;

  public ValueTooLongException(String field, int maxLength) {
    super(field + " is longer than " + maxLength + " characters");
    this.field = field;
    this.maxLength = maxLength;
  }

  public String field() {
    return field;
  }

  public int maxLength() {
    return maxLength;
  }
}
