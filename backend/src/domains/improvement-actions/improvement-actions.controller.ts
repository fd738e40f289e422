import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Auth, Permission, target } from '../../platform/access/decorators';
import { UuidPipe } from '../../platform/access/params';
import { expectedVersion } from '../../platform/access/versioning';
import type { AuthContext } from '../../platform/auth/auth-context';
import {
  ActionStepDto,
  CreateImprovementActionDto,
  ImprovementActionDto,
  ImprovementActionPageDto,
  ImprovementActionQueryDto,
  UpdateImprovementActionDto,
} from './dto/improvement-action.dto';
import { ImprovementActionsService } from './improvement-actions.service';
import { VersionedDto } from '../organization/dto/common';

@ApiTags('improvement-actions')
@Controller('improvement-actions')
export class ImprovementActionsController {
  constructor(private readonly actions: ImprovementActionsService) {}

  @Get()
  @Permission('improvement_action', 'read', target.query('companyId'))
  @ApiOperation({ summary: 'Improvement actions of the companies in scope, by due date.' })
  @ApiOkResponse({ type: ImprovementActionPageDto })
  list(@Auth() auth: AuthContext, @Query() query: ImprovementActionQueryDto): Promise<ImprovementActionPageDto> {
    return this.actions.list(auth, query);
  }

  @Get(':id')
  @Permission('improvement_action', 'read', target.record('improvement_actions'))
  @ApiOkResponse({ type: ImprovementActionDto })
  get(@Auth() auth: AuthContext, @Param('id', UuidPipe) id: string): Promise<ImprovementActionDto> {
    return this.actions.get(auth, id);
  }

  @Post()
  @Permission('improvement_action', 'create', target.body('companyId'))
  @ApiCreatedResponse({ type: ImprovementActionDto })
  @ApiUnprocessableEntityResponse({ description: 'PERSON_NOT_IN_COMPANY' })
  create(@Auth() auth: AuthContext, @Body() dto: CreateImprovementActionDto): Promise<ImprovementActionDto> {
    return this.actions.create(auth, dto);
  }

  @Patch(':id')
  @Permission('improvement_action', 'update', target.record('improvement_actions'))
  @ApiOkResponse({ type: ImprovementActionDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, ACTION_TRANSITION_REFUSED (closed)' })
  update(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateImprovementActionDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ImprovementActionDto> {
    return this.actions.update(auth, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Post(':id/steps')
  @HttpCode(200)
  @Permission('improvement_action', 'update', target.record('improvement_actions'))
  @ApiOperation({ summary: 'One step of the life cycle: start, implement, verify, close, reopen.' })
  @ApiOkResponse({ type: ImprovementActionDto })
  @ApiConflictResponse({ description: 'STALE_VERSION, ACTION_TRANSITION_REFUSED' })
  @ApiUnprocessableEntityResponse({
    description:
      'EFFECTIVENESS_VERIFIER_IS_OWNER, EFFECTIVENESS_CHECK_BEFORE_IMPLEMENTATION, CLOSING_NEEDS_EXECUTIVE_APPROVAL, ACTION_IMPLEMENTATION_INCOMPLETE, PERSON_NOT_IN_COMPANY',
  })
  step(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: ActionStepDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ImprovementActionDto> {
    return this.actions.step(auth, id, dto, expectedVersion(ifMatch, dto.version));
  }

  @Post(':id/closing-approval')
  @HttpCode(200)
  @Permission('improvement_action', 'update', target.record('improvement_actions'))
  @ApiOperation({ summary: 'An executive approves closing a major nonconformity.' })
  @ApiOkResponse({ type: ImprovementActionDto })
  approveClosing(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Body() dto: VersionedDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ImprovementActionDto> {
    return this.actions.approveClosing(auth, id, expectedVersion(ifMatch, dto.version));
  }

  @Delete(':id')
  @HttpCode(204)
  @Permission('improvement_action', 'delete', target.record('improvement_actions'))
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'STALE_VERSION, ACTION_NOT_DELETABLE' })
  async remove(
    @Auth() auth: AuthContext,
    @Param('id', UuidPipe) id: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<void> {
    await this.actions.remove(auth, id, expectedVersion(ifMatch, undefined));
  }
}
