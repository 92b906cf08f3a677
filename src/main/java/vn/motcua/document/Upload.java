package vn.motcua.document;

/** A file as a client sent it: the part name, the file name and type it claimed, and its bytes. */
public record Upload(String part, String fileName, String declaredType, byte[] bytes) {}
