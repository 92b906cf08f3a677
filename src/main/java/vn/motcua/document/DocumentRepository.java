package vn.motcua.document;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The applicants' e-document repository. */
public interface DocumentRepository {

  /** What is wrong with an upload (too large, empty, not the type its bytes show, a type we do not take). */
  Optional<UploadProblem> inspect(Upload upload);

  /** Stores an upload that passed {@link #inspect}; the same bytes of the same owner and type are stored once. */
  StoredDocument store(String owner, String type, Upload upload);

  Optional<StoredDocument> findOwned(String owner, UUID id);

  List<StoredDocument> listOwned(String owner);

  InputStream open(StoredDocument document);
}
