import { AttachmentDto } from '../../../platform/attachments/attachment.dto';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { ASSIGNMENT_KINDS, type AssignmentKind } from '../assignment.entity';
import { QUESTION_KINDS, type QuestionKind } from '../training.rules';
import { ASSIGNMENT_STATES, type AssignmentStateName } from './campaign.dto';

export class MyAssignmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @ApiProperty() titleJa!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty({ enum: ASSIGNMENT_KINDS }) kind!: AssignmentKind;
  @ApiProperty({ enum: ASSIGNMENT_STATES }) state!: AssignmentStateName;
  @ApiProperty() dueOn!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: Number, nullable: true }) bestScore!: number | null;
  @ApiProperty({ type: String, nullable: true }) passedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) attestationId!: string | null;
}

export class MyAssignmentListDto {
  @ApiProperty({ type: [MyAssignmentDto] }) items!: MyAssignmentDto[];
  @ApiProperty() total!: number;
}

/** An option as staff see it: no sign of whether it is correct. */
export class VisibleOptionDto {
  @ApiProperty() id!: string;
  @ApiProperty() textJa!: string;
  @ApiProperty() textEn!: string;
}

export class VisibleQuestionDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: QUESTION_KINDS }) kind!: QuestionKind;
  @ApiProperty() textJa!: string;
  @ApiProperty() textEn!: string;
  @ApiProperty({ type: [VisibleOptionDto] }) options!: VisibleOptionDto[];
}

export class VisibleCourseDto {
  @ApiProperty({ format: 'uuid' }) versionId!: string;
  @ApiProperty() versionNo!: number;
  @ApiProperty() titleJa!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty() bodyJa!: string;
  @ApiProperty() bodyEn!: string;
  @ApiProperty({ type: [String] }) videoUrls!: string[];
  @ApiProperty() passMark!: number;
  @ApiProperty() pledgeJa!: string;
  @ApiProperty() pledgeEn!: string;
  @ApiProperty({ type: [AttachmentDto], description: 'The files of this version, as published.' })
  attachments!: AttachmentDto[];
  @ApiProperty({ type: [VisibleQuestionDto], description: 'Shuffled; without the correct options.' })
  questions!: VisibleQuestionDto[];
}

export class AttemptSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() score!: number;
  @ApiProperty() passed!: boolean;
  @ApiProperty() submittedAt!: string;
}

export class MyAssignmentDetailDto extends MyAssignmentDto {
  @ApiProperty({ type: VisibleCourseDto }) course!: VisibleCourseDto;
  @ApiProperty({ type: [AttemptSummaryDto] }) history!: AttemptSummaryDto[];
}

export class AnswerDto {
  @ApiProperty({ maxLength: 40 })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/)
  questionId!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { each: true })
  optionIds!: string[];
}

export class SubmitAttemptDto {
  @ApiProperty({ format: 'uuid', description: 'The course version the answers are for.' })
  @IsUUID()
  courseVersionId!: string;

  @ApiProperty({ type: [AnswerDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers!: AnswerDto[];

  @ApiProperty({ description: 'The pledge (誓約書) is accepted; required to record a pass.' })
  @IsBoolean()
  pledgeAccepted!: boolean;
}

export class QuestionResultDto {
  @ApiProperty() questionId!: string;
  @ApiProperty() correct!: boolean;
}

export class AttemptResultDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() score!: number;
  @ApiProperty() passMark!: number;
  @ApiProperty() passed!: boolean;
  @ApiProperty() correct!: number;
  @ApiProperty() total!: number;
  @ApiProperty() submittedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Set when passed.' })
  attestationId!: string | null;
  @ApiProperty({ type: [QuestionResultDto], description: 'Which questions were right (not which options).' })
  results!: QuestionResultDto[];
}

export class AttestationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty() givenName!: string;
  @ApiProperty() employeeNumber!: string;
  @ApiProperty() companyNameJa!: string;
  @ApiProperty() companyNameEn!: string;
  @ApiProperty() campaignTitleJa!: string;
  @ApiProperty() campaignTitleEn!: string;
  @ApiProperty() courseTitleJa!: string;
  @ApiProperty() courseTitleEn!: string;
  @ApiProperty({ format: 'uuid' }) courseVersionId!: string;
  @ApiProperty() courseVersionNo!: number;
  @ApiProperty() score!: number;
  @ApiProperty() passMark!: number;
  @ApiProperty() submittedAt!: string;
  @ApiProperty({ type: String, nullable: true }) pledgeText!: string | null;
  @ApiProperty({ type: String, nullable: true }) ip!: string | null;
}
