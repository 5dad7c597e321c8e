package io.parallax.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Refuses a date after today for something that has happened (a session held, an assessment made),
 * with a message in Parallax's words at the field. "Today" is the school's day: today in its time
 * zone ({@link SchoolDay}); the services apply the same rule, so the API refuses what the page
 * does.
 */
@FacesValidator("parallax.notAfterToday")
public class NotAfterToday implements Validator<LocalDate> {

  @Override
  public void validate(FacesContext faces, UIComponent component, LocalDate date) {
    LocalDate today = CDI.current().select(SchoolDay.class).get().today();
    if (date != null && date.isAfter(today)) {
      var format =
          DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
              .withLocale(faces.getViewRoot().getLocale());
      String text =
          Messages.text(
              Messages.COMMON, "date.afterToday", format.format(date), format.format(today));
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }
}
