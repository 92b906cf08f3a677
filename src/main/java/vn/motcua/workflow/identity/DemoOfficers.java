package vn.motcua.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo officers and an analyst (password "demo"), in the demo profile only. The administrator comes
 * from camunda.bpm.admin-user.
 */
@Component
@Profile("demo")
@Order(31)
class DemoOfficers implements ApplicationRunner {

  record Officer(String id, String firstName, String lastName, String group) {}

  static final List<Officer> OFFICERS =
      List.of(
          new Officer("mc.lamthanh", "Mai", "Nguyễn Thị", "lamthanh-onestop"),
          new Officer("cv.lamthanh", "Hùng", "Lê Văn", "lamthanh-specialist"),
          // a second specialist, to whom a task is reassigned within the agency
          new Officer("cv2.lamthanh", "Thu", "Đỗ Thị", "lamthanh-specialist"),
          new Officer("ld.lamthanh", "Quang", "Phạm Văn", "lamthanh-leader"),
          new Officer("mc.hungnguyen", "Lan", "Hoàng Thị", "hungnguyen-onestop"),
          new Officer("cv.hungnguyen", "Nam", "Đặng Văn", "hungnguyen-specialist"),
          new Officer("ld.hungnguyen", "Sơn", "Võ Văn", "hungnguyen-leader"),
          new Officer("mc.tinh", "Hoa", "Trần Thị", "ttpvhcc-nghean-onestop"),
          new Officer("cv.congan", "Tuấn", "Bùi Anh", "congan-nghean-specialist"),
          new Officer("ld.congan", "Dũng", "Ngô Trí", "congan-nghean-leader"),
          new Officer("cv.congan.lamthanh", "Đức", "Trịnh Minh", "ca-lamthanh-specialist"),
          new Officer("ld.congan.lamthanh", "Thắng", "Hồ Văn", "ca-lamthanh-leader"),
          new Officer("cv.congan.hungnguyen", "Khánh", "Phan Quốc", "ca-hungnguyen-specialist"),
          new Officer("cv.bhxh.hungnguyen", "Yến", "Lê Thị Hải", "bhxh-hungnguyen-specialist"),
          new Officer("analyst", "Thảo", "Phan Thu", OfficerGroups.ANALYSTS));

  private final IdentityService identity;

  DemoOfficers(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Officer officer : OFFICERS) {
      if (identity.createUserQuery().userId(officer.id()).count() > 0) {
        continue;
      }
      User user = identity.newUser(officer.id());
      user.setFirstName(officer.firstName());
      user.setLastName(officer.lastName());
      user.setEmail(officer.id() + "@motcua.example.vn");
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(officer.id(), officer.group());
    }
  }
}
