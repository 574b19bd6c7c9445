package cn.gov.agency.meeting.hospitality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.agency.meeting.folders.AdminFolders;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import java.math.BigDecimal;
import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import java.util.Map;
import java.util.Optional;
import org.mockito.Mockito;
import org.junit.jupiter.api.Test;

/** The catering rules of R3.6 (capped standard, no waste, designated caterer), without the engine. */
class CateringFormTest {

  private final CateringForm form = new CateringForm(new CateringSettings(new BigDecimal("80"), 3, 6),
      new DesignatedSuppliers(new AdminFolders("processes", "forms")), new PersonsInCharge(directory()));

  /** The organisation knows zhouping only. */
  private static OrganisationDirectory directory() {
    OrganisationDirectory directory = Mockito.mock(OrganisationDirectory.class);
    Mockito.when(directory.person(Mockito.anyString())).thenReturn(Optional.empty());
    Mockito.when(directory.person("zhouping")).thenReturn(Optional.of(new Person("zhouping", "周", "平", "office",
        "办公室", "科员", "F", "zhouping@agency.gov.cn", 10)));
    return directory;
  }

  @Test
  void aValidArrangementIsReadExactly() {
    CateringPlan plan = form.read(HospitalitySamples.cateringForm(), 10);
    assertThat(plan.caterer().name()).isEqualTo("机关食堂");
    assertThat(plan.standardPerPerson()).isEqualTo(new BigDecimal("45.50"));
    assertThat(plan.headCount()).isEqualTo(7);
    assertThat(plan.mealCount()).isEqualTo(2);
    assertThat(plan.responsibleUserId()).isEqualTo("zhouping");
  }

  @Test
  void r3_6_cateringHasAPersonInChargeOfTheOrganisation() {
    Map<String, Object> values = HospitalitySamples.cateringForm();
    values.put("cateringResponsible", "nobody-here");
    assertThatThrownBy(() -> form.read(values, 10)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.violations()).extracting(Violation::field, Violation::rule)
            .containsExactly(tuple("cateringResponsible", "known-person")));
    values.remove("cateringResponsible");
    assertThatThrownBy(() -> form.read(values, 10)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.violations()).extracting(Violation::field, Violation::rule)
            .containsExactly(tuple("cateringResponsible", "required")));
  }

  @Test
  void theCapAndTheServiceStaffAllowanceAreLimitsNotSuggestions() {
    Map<String, Object> values = HospitalitySamples.cateringForm();
    values.put("cateringStandard", 80);
    values.put("cateringHeadCount", 13);
    assertThat(form.read(values, 10).headCount()).isEqualTo(13);

    values.put("cateringStandard", 80.01);
    values.put("cateringHeadCount", 14);
    values.put("mealCount", 7);
    values.put("cateringAgreement", " ");
    assertThatThrownBy(() -> form.read(values, 10)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.violations()).extracting(Violation::field, Violation::rule).containsExactlyInAnyOrder(
            tuple("cateringStandard", "max-standard"),
            tuple("cateringHeadCount", "no-waste"),
            tuple("mealCount", "range"),
            tuple("cateringAgreement", "required")));
  }

  @Test
  void onlyADesignatedCatererIsAccepted() {
    Map<String, Object> values = HospitalitySamples.cateringForm();
    values.put("caterer", "street-stall");
    assertThatThrownBy(() -> form.read(values, 10)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("caterer").hasMessageContaining("机关食堂、悦来酒家");
  }
}
