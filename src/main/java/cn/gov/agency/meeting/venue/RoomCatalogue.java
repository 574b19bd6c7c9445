package cn.gov.agency.meeting.venue;

import cn.gov.agency.meeting.folders.AdminFolders;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The rooms and equipment types of {@code processes/rooms.yaml}. At start-up (and on {@link #reload()})
 * the rooms are written to the room table by code; a room gone from the file is deactivated, never
 * deleted, because its bookings keep pointing at it.
 */
@Component
@Order(30)
public class RoomCatalogue implements ApplicationRunner {

  static final String FILE = "rooms.yaml";
  private static final Logger log = LoggerFactory.getLogger(RoomCatalogue.class);

  private final AdminFolders folders;
  private final RoomRepository rooms;
  private final AtomicReference<List<EquipmentType>> equipment = new AtomicReference<>(List.of());

  public RoomCatalogue(AdminFolders folders, RoomRepository rooms) {
    this.folders = folders;
    this.rooms = rooms;
  }

  @Override
  public void run(ApplicationArguments args) {
    reload();
  }

  public void reload() {
    RoomsFile file = read(folders.processesFile(FILE));
    rooms.synchronise(file.rooms());
    equipment.set(List.copyOf(file.equipment()));
    log.info("Rooms synchronised from {}: {} rooms, {} equipment types", FILE, file.rooms().size(),
        file.equipment().size());
  }

  public List<EquipmentType> equipmentTypes() {
    return equipment.get();
  }

  public Optional<EquipmentType> equipmentType(String code) {
    return equipment.get().stream().filter(type -> type.code().equals(code)).findFirst();
  }

  /** Names in the order given, e.g. "投影仪、话筒"; unknown codes as they are. */
  public String names(List<String> codes) {
    Map<String, String> names = equipment.get().stream()
        .collect(Collectors.toMap(EquipmentType::code, EquipmentType::name));
    return codes.stream().map(code -> names.getOrDefault(code, code)).collect(Collectors.joining("、"));
  }

  static RoomsFile read(Resource resource) {
    ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).addModule(new JavaTimeModule()).build();
    try (InputStream in = resource.getInputStream()) {
      RoomsFile file = yaml.readValue(in, RoomsFile.class);
      file.check();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FILE, e);
    }
  }

  /** One room as the administrator writes it. */
  public record RoomDefinition(String code, String name, String building, Integer floor, Integer capacity,
      List<String> equipment, Boolean active, Boolean approvalRequired, List<OutOfService> outOfService) {

    public RoomDefinition {
      equipment = equipment == null ? List.of() : List.copyOf(equipment);
      active = active == null || active;
      approvalRequired = approvalRequired != null && approvalRequired;
      outOfService = outOfService == null ? List.of() : List.copyOf(outOfService);
    }
  }

  record RoomsFile(List<EquipmentType> equipment, List<RoomDefinition> rooms) {

    RoomsFile {
      equipment = equipment == null ? List.of() : List.copyOf(equipment);
      rooms = rooms == null ? List.of() : List.copyOf(rooms);
    }

    /** A broken file stops the start (or the reload) instead of leaving rooms half-described. */
    void check() {
      Set<String> equipmentCodes = new HashSet<>();
      for (EquipmentType type : equipment) {
        if (type.code() == null || !type.code().matches("[a-z][a-z0-9_]{0,39}") || type.name() == null
            || !equipmentCodes.add(type.code())) {
          throw new IllegalStateException(FILE + ": every equipment type needs a unique code (lower-case letters, digits, _) and a name");
        }
      }
      Set<String> roomCodes = new HashSet<>();
      for (RoomDefinition room : rooms) {
        if (room.code() == null || !room.code().matches("[A-Za-z0-9_-]{1,20}") || !roomCodes.add(room.code())) {
          throw new IllegalStateException(FILE + ": every room needs a unique code (letters, digits, _ or -, at most 20)");
        }
        if (room.name() == null || room.name().isBlank() || room.building() == null || room.floor() == null) {
          throw new IllegalStateException(FILE + ": room " + room.code() + " needs a name, building and floor");
        }
        if (room.capacity() == null || room.capacity() <= 0) {
          throw new IllegalStateException(FILE + ": room " + room.code() + " needs a positive capacity");
        }
        for (String code : room.equipment()) {
          if (!equipmentCodes.contains(code)) {
            throw new IllegalStateException(FILE + ": room " + room.code() + " names unknown equipment " + code);
          }
        }
        checkOutOfService(room);
      }
    }

    /** Periods must not overlap: utilisation subtracts each from the room's available hours. */
    private static void checkOutOfService(RoomDefinition room) {
      List<OutOfService> periods = room.outOfService();
      for (int i = 0; i < periods.size(); i++) {
        OutOfService period = periods.get(i);
        if (period.from() == null || period.to() == null || !period.to().isAfter(period.from())
            || period.reason() == null || period.reason().isBlank() || period.reason().length() > 200) {
          throw new IllegalStateException(FILE + ": room " + room.code()
              + ": every outOfService period needs from, a later to (yyyy-MM-ddTHH:mm) and a reason of at most 200 characters");
        }
        for (OutOfService earlier : periods.subList(0, i)) {
          if (earlier.overlaps(period.from(), period.to())) {
            throw new IllegalStateException(FILE + ": room " + room.code() + ": outOfService periods overlap");
          }
        }
      }
    }
  }
}
