package vn.motcua.document;

import java.util.List;

/** Why an upload was refused: the part, a message code from the bundles, and its arguments. */
public record UploadProblem(
    String part, String fileName, String code, List<Object> args, int httpStatus) {}
