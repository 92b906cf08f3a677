package vn.motcua.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.calendar.TimeLimit;

/**
 * A procedure's metadata as the analyst writes it in {@code processes/<process>.procedure.json},
 * deployed together with the BPMN and its forms. Each deployment of it is a new version. {@code
 * signDeclaration}: the citizen signs the declaration with a one-time code before submitting it on
 * the portal (the code's check and a hash of the declaration are kept with the dossier). {@code
 * agencyKind}: with {@code agencyLevel}, the kind of agency of that level that resolves it ({@link
 * Agency#KINDS}); none means a People's Committee, so the commune police and Social Insurance
 * offices of commune level are not offered for a commune's procedures. {@code parts}: an
 * interlinked group (Decree 63/2024): one dossier, one code and one appointment, worked part by
 * part, each by its own agency ({@link Part}); empty for a procedure of one agency.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcedureDescriptor(
    String code,
    String name,
    FieldRef field,
    String agencyLevel,
    String resolvingAgency,
    String defaultReceivingUnit,
    List<Integer> levels,
    TimeLimitSpec timeLimit,
    FeeSchedule fee,
    List<RequiredDocument> documents,
    List<String> deliveryMethods,
    String process,
    String startForm,
    LocalDate validFrom,
    List<String> legalBasis,
    boolean signDeclaration,
    String agencyKind,
    List<Part> parts,
    ResultSpec result) {

  /**
   * The document the procedure issues (docs/procedures.md, "Result templates"): {@code template}
   * names an XHTML file of the same deployment ({@code <process>.result.html}), {@code title} is
   * the document's title, {@code values} the assessment's fields the template reads (process
   * variables), {@code labels} the words printed for coded values ({@code field → value → label}).
   * {@code html} is the template's text, filled in at deployment and stored with the version.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ResultSpec(
      String template,
      String title,
      List<String> values,
      Map<String, Map<String, String>> labels,
      String html) {

    public ResultSpec {
      values = values == null ? List.of() : List.copyOf(values);
      labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** The same spec with the template's text. */
    public ResultSpec withHtml(String text) {
      return new ResultSpec(template, title, values, labels, text);
    }
  }

  /** This descriptor with its result template's text (read from the deployment). */
  public ProcedureDescriptor withResultHtml(String html) {
    return new ProcedureDescriptor(
        code,
        name,
        field,
        agencyLevel,
        resolvingAgency,
        defaultReceivingUnit,
        levels,
        timeLimit,
        fee,
        documents,
        deliveryMethods,
        process,
        startForm,
        validFrom,
        legalBasis,
        signDeclaration,
        agencyKind,
        parts,
        result == null ? null : result.withHtml(html));
  }

  public ProcedureDescriptor {
    parts = parts == null ? List.of() : List.copyOf(parts);
    levels = levels == null ? List.of() : List.copyOf(levels);
    documents = documents == null ? List.of() : List.copyOf(documents);
    deliveryMethods = deliveryMethods == null ? List.of() : List.copyOf(deliveryMethods);
    legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
    fee = fee == null ? FeeSchedule.FREE : fee;
  }

  /** The kind of agency that resolves it when it goes by level: a People's Committee unless set. */
  public String resolvingKind() {
    return agencyKind == null ? Agency.PEOPLES_COMMITTEE : agencyKind;
  }

  /** Whether this is an interlinked group of procedures, worked part by part. */
  public boolean isGroup() {
    return !parts.isEmpty();
  }

  /**
   * A part of an interlinked group: a procedure of its own ({@code procedure}, its code), worked by
   * the agency of {@code agencyKind} that serves the dossier's commune, within its share of the
   * group's working days, producing the named values of {@code result} (labelled by {@code
   * resultLabels} where the dossier shows them). A part is due {@code workingDays} after the part
   * before it is due (after reception for the first), and never after the group's appointment. A
   * value an earlier part produced is carried into a later part's result without being typed again.
   * {@code key} names the part in the process: the start variable {@code <key>Agency} and the part
   * task's {@code part} property.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Part(
      String key,
      String procedure,
      String agencyKind,
      int workingDays,
      List<String> result,
      Map<String, String> resultLabels) {

    public Part {
      result = result == null ? List.of() : List.copyOf(result);
      resultLabels = resultLabels == null ? Map.of() : Map.copyOf(resultLabels);
    }

    /** The start variable naming the part's agency: {@code birthAgency}. */
    public String agencyVariable() {
      return key + "Agency";
    }

    public String resultLabel(String field) {
      return resultLabels.getOrDefault(field, field);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FieldRef(String code, String name) {}

  /**
   * {@code workingDays} 0 means "within the day", with the cut-off after which the next working day
   * applies. {@code workingDaysWithVerification}, where the law has it ("05 ngày làm việc nếu phải
   * xác minh"), is the limit once an officer starts a verification; null: no verification extends
   * the limit. {@code stages} share the limit among the officers' stages, in the order they come:
   * each stage is due when its share and those before it have run (see {@link StageShare}); a stage
   * not listed is due at the appointment (reception: by the end of the next working day).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record TimeLimitSpec(
      int workingDays,
      LocalTime sameDayCutoff,
      String description,
      Integer workingDaysWithVerification,
      List<StageShare> stages) {

    public TimeLimitSpec {
      stages = stages == null ? List.of() : List.copyOf(stages);
    }

    public TimeLimitSpec(int workingDays, LocalTime sameDayCutoff, String description) {
      this(workingDays, sameDayCutoff, description, null, null);
    }

    /**
     * The per cent of the working time from reception to the appointment that has run when {@code
     * stage} is due: its share and those listed before it; empty for a stage not listed.
     */
    public Optional<Integer> cumulativeShare(String stage) {
      int sum = 0;
      for (StageShare share : stages) {
        sum += share.percent();
        if (share.stage().equals(stage)) {
          return Optional.of(sum);
        }
      }
      return Optional.empty();
    }

    List<String> problems() {
      List<String> problems = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      int total = 0;
      for (StageShare share : stages) {
        if (share.stage() == null || !STAGE_KEY.matcher(share.stage()).matches()) {
          problems.add("timeLimit.stages: a stage key must be a lower camel case word");
        } else if (!seen.add(share.stage())) {
          problems.add("timeLimit.stages lists " + share.stage() + " twice");
        }
        if (share.percent() < 1 || share.percent() > 100) {
          problems.add("timeLimit.stages: each percent must be 1 to 100");
        }
        total += share.percent();
      }
      if (total > 100) {
        problems.add("timeLimit.stages: the shares add up to " + total + " %, more than 100");
      }
      return problems;
    }

    public TimeLimit toTimeLimit() {
      return new TimeLimit(workingDays, sameDayCutoff);
    }

    /** The limit in force: with verification once one was started, where the law has one. */
    public TimeLimit toTimeLimit(boolean verifying) {
      return verifying && workingDaysWithVerification != null
          ? new TimeLimit(workingDaysWithVerification, sameDayCutoff)
          : toTimeLimit();
    }
  }

  /**
   * A stage's share of the time limit: {@code {"stage": "assess", "percent": 60}}. The stage key is
   * the one its user task declares ({@code stage} property).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record StageShare(String stage, int percent) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RequiredDocument(
      String code,
      String name,
      boolean required,
      String description,
      boolean lookupInsteadOfUpload) {}

  /**
   * What is wrong with this descriptor, in words an analyst understands; empty when it is usable.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (isBlank(code)) problems.add("code is missing");
    if (isBlank(name)) problems.add("name is missing");
    if (field == null || isBlank(field.code())) problems.add("field.code is missing");
    if (isBlank(agencyLevel) && isBlank(resolvingAgency))
      problems.add("agencyLevel or resolvingAgency is needed");
    if (agencyKind != null && !Agency.KINDS.contains(agencyKind))
      problems.add("agencyKind must be one of " + Agency.KINDS);
    if (levels.isEmpty() || !List.of(3, 4).containsAll(levels))
      problems.add("levels must be a non-empty subset of [3, 4]");
    if (timeLimit == null) {
      problems.add("timeLimit is missing");
    } else if (timeLimit.workingDays() < 0
        || (timeLimit.workingDays() == 0 && timeLimit.sameDayCutoff() == null)) {
      problems.add("timeLimit needs workingDays > 0, or 0 with sameDayCutoff");
    } else if (timeLimit.workingDaysWithVerification() != null
        && timeLimit.workingDaysWithVerification() <= timeLimit.workingDays()) {
      problems.add("timeLimit.workingDaysWithVerification must be more than workingDays");
    } else {
      problems.addAll(timeLimit.problems());
    }
    if (deliveryMethods.isEmpty()
        || !List.of("COUNTER", "POST", "ELECTRONIC").containsAll(deliveryMethods)) {
      problems.add("deliveryMethods must be a non-empty subset of [COUNTER, POST, ELECTRONIC]");
    }
    if (isBlank(process)) problems.add("process is missing");
    if (isBlank(startForm)) problems.add("startForm is missing");
    if (validFrom == null) problems.add("validFrom is missing");
    problems.addAll(fee.problems());
    problems.addAll(partProblems());
    if (result != null && (isBlank(result.template()) || isBlank(result.title())))
      problems.add("result needs a template (a file of the deployment) and a title");
    return problems;
  }

  /**
   * What this descriptor reads from its start form that the form does not have: the fields its fee
   * is assessed from.
   */
  public List<String> problemsWith(FormDefinition startForm) {
    return fee.fields().stream()
        .filter(key -> startForm.field(key).isEmpty())
        .map(key -> "the fee reads the field " + key + ", which the start form does not have")
        .toList();
  }

  private List<String> partProblems() {
    List<String> problems = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      String where = "parts[" + i + "]";
      if (part.key() == null || !PART_KEY.matcher(part.key()).matches()) {
        problems.add(where + ".key must be a lower camel case word, not '" + part.key() + "'");
      } else if (!keys.add(part.key())) {
        problems.add(where + ".key '" + part.key() + "' is used twice");
      }
      if (isBlank(part.procedure())) problems.add(where + ".procedure is missing");
      if (part.procedure() != null && part.procedure().equals(code))
        problems.add(where + ".procedure names the group itself");
      if (part.agencyKind() == null || !Agency.KINDS.contains(part.agencyKind()))
        problems.add(where + ".agencyKind must be one of " + Agency.KINDS);
      if (part.workingDays() <= 0) problems.add(where + ".workingDays must be > 0");
      if (timeLimit != null
          && timeLimit.workingDays() > 0
          && part.workingDays() > timeLimit.workingDays())
        problems.add(where + ".workingDays is more than the group's timeLimit.workingDays");
    }
    return problems;
  }

  /** As {@code vn.motcua.dossier.Stage.KEY}: a stage key becomes part of variable names. */
  private static final Pattern STAGE_KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

  private static final Pattern PART_KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,29}");

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
