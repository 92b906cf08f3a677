package vn.motcua.workflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.variable.serializer.AbstractObjectValueSerializer;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * The options of a form's select, as a task variable Tasklist reads: a JSON array of {@code {label,
 * value}} that form-js takes through the select's {@code valuesKey}. Tasklist parses a variable
 * whose serialization format is {@code application/json}; the engine has no such serializer without
 * Camunda Spin, so this is one, for this type only.
 */
final class JsonOptions extends ArrayList<Map<String, String>> {

  static final String FORMAT = "application/json";

  /** The options in order: value → label. */
  static ObjectValue of(Map<String, String> labelsByValue) {
    JsonOptions options = new JsonOptions();
    labelsByValue.forEach(
        (value, label) -> {
          Map<String, String> option = new LinkedHashMap<>();
          option.put("label", label);
          option.put("value", value);
          options.add(option);
        });
    return Variables.objectValue(options).serializationDataFormat(FORMAT).create();
  }

  /** Writes and reads {@link JsonOptions} as JSON text. */
  static final class Serializer extends AbstractObjectValueSerializer {

    private final ObjectMapper mapper;

    Serializer(ObjectMapper mapper) {
      super(FORMAT);
      this.mapper = mapper;
    }

    @Override
    public String getName() {
      return "motcua-json-options";
    }

    @Override
    protected String getTypeNameForDeserialized(Object deserializedObject) {
      return JsonOptions.class.getName();
    }

    @Override
    protected byte[] serializeToByteArray(Object deserializedObject) throws Exception {
      return mapper.writeValueAsBytes(deserializedObject);
    }

    @Override
    protected Object deserializeFromByteArray(byte[] object, String objectTypeName)
        throws Exception {
      return mapper.readValue(object, JsonOptions.class);
    }

    @Override
    protected boolean isSerializationTextBased() {
      return true;
    }

    @Override
    protected boolean canSerializeValue(Object value) {
      return value instanceof JsonOptions;
    }
  }
}
