package vn.motcua.catalog;

/** Published when an agency tree was imported, in its transaction: officers' groups follow. */
public record AgenciesChanged(int agencies) {}
