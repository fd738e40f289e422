import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageDto, PageQueryDto } from '../../../platform/pagination/pagination';
import { Optional, Required, VersionedDto } from '../../organization/dto/common';
import { COURSE_STATUSES, type CourseStatus } from '../course.entity';
import { QUESTION_KINDS, type QuestionKind, TRAINING_TOPICS, type TrainingTopic } from '../training.rules';

const ID = /^[A-Za-z0-9_-]{1,40}$/;

export class QuizOptionInputDto {
  @ApiPropertyOptional({ description: 'Kept across edits; made by the server when left out.', maxLength: 40 })
  @IsOptional()
  @IsString()
  @Matches(ID)
  id?: string;

  @ApiProperty({ maxLength: 500 })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  textJa!: string;

  @ApiProperty({ maxLength: 500 })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  textEn!: string;

  @ApiProperty()
  @IsBoolean()
  correct!: boolean;
}

export class QuizQuestionInputDto {
  @ApiPropertyOptional({ maxLength: 40 })
  @IsOptional()
  @IsString()
  @Matches(ID)
  id?: string;

  @ApiProperty({ enum: QUESTION_KINDS })
  @IsIn(QUESTION_KINDS)
  kind!: QuestionKind;

  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  textJa!: string;

  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  textEn!: string;

  @ApiProperty({ type: [QuizOptionInputDto] })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => QuizOptionInputDto)
  options!: QuizOptionInputDto[];
}

class CourseFields extends VersionedDto {
  @ApiPropertyOptional({ maxLength: 200, example: '2026年度 個人情報保護教育' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleJa!: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'FY2026 privacy training' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleEn!: string;

  @ApiPropertyOptional({ maxLength: 50000, description: 'Text with headings (#) and lists (-), shown as rich text.' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(50000)
  bodyJa!: string;

  @ApiPropertyOptional({ maxLength: 50000 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(50000)
  bodyEn!: string;

  @ApiPropertyOptional({ type: [String], description: 'Video links (https).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { each: true })
  @MaxLength(500, { each: true })
  videoUrls?: string[];

  @ApiPropertyOptional({ enum: TRAINING_TOPICS, isArray: true })
  @Optional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(TRAINING_TOPICS, { each: true })
  topics!: TrainingTopic[];

  @ApiPropertyOptional({ description: 'Used as the annual course: must cover all four topics (R-ED-02).' })
  @IsOptional()
  @IsBoolean()
  annual?: boolean;

  @ApiPropertyOptional({ type: [QuizQuestionInputDto] })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuizQuestionInputDto)
  questions!: QuizQuestionInputDto[];

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 80 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(100)
  passMark!: number;

  @ApiPropertyOptional({ maxLength: 5000 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  pledgeJa!: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  pledgeEn!: string;
}

export class CreateCourseDto extends CourseFields {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  companyId!: string;

  @ApiProperty({ required: true })
  @Required()
  declare titleJa: string;

  @ApiProperty({ required: true })
  @Required()
  declare titleEn: string;

  @ApiProperty({ required: true })
  @Required()
  declare bodyJa: string;

  @ApiProperty({ required: true })
  @Required()
  declare bodyEn: string;

  @ApiProperty({ required: true, enum: TRAINING_TOPICS, isArray: true })
  @Required()
  declare topics: TrainingTopic[];

  @ApiProperty({ required: true, type: [QuizQuestionInputDto] })
  @Required()
  declare questions: QuizQuestionInputDto[];

  @ApiProperty({ required: true })
  @Required()
  declare passMark: number;

  @ApiProperty({ required: true })
  @Required()
  declare pledgeJa: string;

  @ApiProperty({ required: true })
  @Required()
  declare pledgeEn: string;
}

export class UpdateCourseDto extends CourseFields {}

export class QuizOptionDto {
  @ApiProperty() id!: string;
  @ApiProperty() textJa!: string;
  @ApiProperty() textEn!: string;
  @ApiProperty() correct!: boolean;
}

export class QuizQuestionDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: QUESTION_KINDS }) kind!: QuestionKind;
  @ApiProperty() textJa!: string;
  @ApiProperty() textEn!: string;
  @ApiProperty({ type: [QuizOptionDto] }) options!: QuizOptionDto[];
}

export class CourseSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty() titleJa!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty({ enum: TRAINING_TOPICS, isArray: true }) topics!: string[];
  @ApiProperty() annual!: boolean;
  @ApiProperty({ enum: COURSE_STATUSES }) status!: CourseStatus;
  @ApiProperty({ description: 'Latest published version (0: never published).' }) publishedVersion!: number;
  @ApiProperty() questionCount!: number;
  @ApiProperty() passMark!: number;
  @ApiProperty() updatedAt!: string;
  @ApiProperty() version!: number;
}

/** The course as its editors see it: the quiz with its correct options. Never sent to staff. */
export class CourseDto extends CourseSummaryDto {
  @ApiProperty() bodyJa!: string;
  @ApiProperty() bodyEn!: string;
  @ApiProperty({ type: [String] }) videoUrls!: string[];
  @ApiProperty({ type: [QuizQuestionDto] }) questions!: QuizQuestionDto[];
  @ApiProperty() pledgeJa!: string;
  @ApiProperty() pledgeEn!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) currentVersionId!: string | null;
  @ApiProperty() createdAt!: string;
}

export class CourseVersionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() versionNo!: number;
  @ApiProperty() publishedAt!: string;
  @ApiProperty() titleJa!: string;
  @ApiProperty() titleEn!: string;
}

export class CourseVersionListDto {
  @ApiProperty({ type: [CourseVersionSummaryDto] }) items!: CourseVersionSummaryDto[];
}

export class CourseListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ enum: COURSE_STATUSES })
  @IsOptional()
  @IsIn(COURSE_STATUSES)
  status?: CourseStatus;
}

export const CourseListDto = PageDto(CourseSummaryDto, 'CourseListDto');
