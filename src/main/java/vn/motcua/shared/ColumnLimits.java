package vn.motcua.shared;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * The length of every text column, read once from the database that Flyway built: the one source of
 * how long a value may be. Before Hibernate writes an entity, each of its text values is checked
 * against its column, so a value too long is a {@link ValueTooLongException} naming the field (a
 * 400 for the client) instead of a database error (a 500), on H2 and PostgreSQL alike. Values that
 * are not entity properties (a header kept in a composite key) ask {@link #max(String, String)}.
 */
@Component
public class ColumnLimits implements PreInsertEventListener, PreUpdateEventListener {

  private final DataSource dataSource;
  private final EntityManagerFactory entityManagerFactory;
  private volatile Map<String, Integer> lengths;

  ColumnLimits(DataSource dataSource, EntityManagerFactory entityManagerFactory) {
    this.dataSource = dataSource;
    this.entityManagerFactory = entityManagerFactory;
  }

  @PostConstruct
  void listen() {
    EventListenerRegistry registry =
        entityManagerFactory
            .unwrap(SessionFactoryImplementor.class)
            .getServiceRegistry()
            .requireService(EventListenerRegistry.class);
    registry.appendListeners(EventType.PRE_INSERT, this);
    registry.appendListeners(EventType.PRE_UPDATE, this);
  }

  /**
   * The most characters {@code table.column} holds; empty for a column without a limit (or none
   * such).
   */
  public OptionalInt max(String table, String column) {
    Integer length = lengths().get(key(table, column));
    return length == null ? OptionalInt.empty() : OptionalInt.of(length);
  }

  /** Throws when {@code value} is longer than {@code table.column} holds. */
  public void check(String table, String column, String field, String value) {
    OptionalInt max = max(table, column);
    if (value != null && max.isPresent() && value.length() > max.getAsInt()) {
      throw new ValueTooLongException(field, max.getAsInt());
    }
  }

  @Override
  public boolean onPreInsert(PreInsertEvent event) {
    check(event.getPersister(), event.getState());
    return false;
  }

  @Override
  public boolean onPreUpdate(PreUpdateEvent event) {
    check(event.getPersister(), event.getState());
    return false;
  }

  private void check(EntityPersister persister, Object[] state) {
    if (!(persister instanceof AbstractEntityPersister entity)) {
      return;
    }
    String[] names = entity.getPropertyNames();
    for (int i = 0; i < names.length; i++) {
      if (state[i] instanceof String text) {
        String[] columns = entity.getPropertyColumnNames(i);
        if (columns.length == 1) {
          check(entity.getPropertyTableName(names[i]), columns[0], names[i], text);
        }
      }
    }
  }

  private Map<String, Integer> lengths() {
    Map<String, Integer> read = lengths;
    if (read == null) {
      read = read();
      lengths = read;
    }
    return read;
  }

  private Map<String, Integer> read() {
    Map<String, Integer> read = new HashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      try (ResultSet columns =
          metaData.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
        while (columns.next()) {
          int type = columns.getInt("DATA_TYPE");
          if (type == Types.VARCHAR
              || type == Types.NVARCHAR
              || type == Types.CHAR
              || type == Types.NCHAR) {
            read.put(
                key(columns.getString("TABLE_NAME"), columns.getString("COLUMN_NAME")),
                columns.getInt("COLUMN_SIZE"));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the column lengths", e);
    }
    return Map.copyOf(read);
  }

  private static String key(String table, String column) {
    String bare = table.contains(".") ? table.substring(table.lastIndexOf('.') + 1) : table;
    return (bare + "." + column).toLowerCase(Locale.ROOT).replace("\"", "");
  }
}
